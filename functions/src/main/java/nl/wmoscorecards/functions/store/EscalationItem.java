package nl.wmoscorecards.functions.store;

import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * One escalation; shortfalls and the history are kept as JSON documents in the item, which is small and
 * always read whole. The version guards against two contract managers acting at once.
 */
@DynamoDbBean
public class EscalationItem {
    private String id;
    private String contractingRegion;
    private String provider;
    private Integer year;
    private String state;
    private String planDue;
    private String realisationDeadline;
    private Boolean clientStop;
    private String shortfalls;
    private String history;
    private Long version;

    @DynamoDbPartitionKey
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getContractingRegion() { return contractingRegion; }
    public void setContractingRegion(String v) { contractingRegion = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public String getState() { return state; }
    public void setState(String v) { state = v; }
    public String getPlanDue() { return planDue; }
    public void setPlanDue(String v) { planDue = v; }
    public String getRealisationDeadline() { return realisationDeadline; }
    public void setRealisationDeadline(String v) { realisationDeadline = v; }
    public Boolean getClientStop() { return clientStop; }
    public void setClientStop(Boolean v) { clientStop = v; }
    public String getShortfalls() { return shortfalls; }
    public void setShortfalls(String v) { shortfalls = v; }
    public String getHistory() { return history; }
    public void setHistory(String v) { history = v; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
