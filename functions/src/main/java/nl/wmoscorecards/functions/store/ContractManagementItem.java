package nl.wmoscorecards.functions.store;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * One contract-management record of a contracting region: a conversation with a provider or a round table with
 * its attendance. Keyed by contracting region, then kind + date + id, so one Query reads a region's records of
 * one kind in date order. The record itself is a small JSON document, always read whole.
 */
@DynamoDbBean
public class ContractManagementItem {
    private String contractingRegion;
    private String entry;
    private String provider;
    private String body;

    @DynamoDbPartitionKey
    public String getContractingRegion() { return contractingRegion; }
    public void setContractingRegion(String v) { contractingRegion = v; }
    /** kind#date#id, e.g. conversation#2026-03-03#dwo-12345678-2026-03-03 */
    @DynamoDbSortKey
    public String getEntry() { return entry; }
    public void setEntry(String v) { entry = v; }
    /** The provider of a conversation; null for a round table. */
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
}
