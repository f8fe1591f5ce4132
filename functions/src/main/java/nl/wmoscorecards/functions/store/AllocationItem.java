package nl.wmoscorecards.functions.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;

/**
 * One allocation as one item: key municipality + allocation number, the winning 301, 305, 307 and
 * evaluation flattened in, the message ids seen, and a version for optimistic locking.
 */
@DynamoDbBean
public class AllocationItem {
    private String municipality;
    private String allocationNumber;
    private Long version;
    private Set<String> seen;
    // 301
    private String t301At, t301Id, provider, client, productCategory, productCode, assignedStart, assignedEnd, changeReason;
    // 305
    private String s305At, s305Id, s305Provider, s305Date;
    private Boolean s305Retracted;
    // 307
    private String e307At, e307Id, e307Provider, e307Date, e307Reason;
    private Boolean e307Retracted;
    // evaluation
    private String evAt, evId, evProvider, evDate, evResult, evCause, evSubResults;

    static AllocationItem from(Allocation a, Long version) {
        AllocationItem item = new AllocationItem();
        item.municipality = a.key().municipality();
        item.allocationNumber = a.key().allocationNumber();
        item.version = version;
        item.seen = a.seenMessages().isEmpty() ? null : Set.copyOf(a.seenMessages());
        Toewijzing t = a.toewijzing();
        if (t != null) {
            item.t301At = t.stamp().sentAt().toString();
            item.t301Id = t.stamp().messageId();
            item.provider = t.provider();
            item.client = t.clientPseudonym();
            item.productCategory = t.productCategory();
            item.productCode = t.productCode();
            item.assignedStart = text(t.startDate());
            item.assignedEnd = text(t.endDate());
            item.changeReason = t.changeReason();
        }
        StartZorg s = a.start();
        if (s != null) {
            item.s305At = s.stamp().sentAt().toString();
            item.s305Id = s.stamp().messageId();
            item.s305Provider = s.provider();
            item.s305Date = text(s.startDate());
            item.s305Retracted = s.retraction();
        }
        StopZorg e = a.stop();
        if (e != null) {
            item.e307At = e.stamp().sentAt().toString();
            item.e307Id = e.stamp().messageId();
            item.e307Provider = e.provider();
            item.e307Date = text(e.endDate());
            item.e307Reason = e.reason();
            item.e307Retracted = e.retraction();
        }
        Evaluation v = a.evaluation();
        if (v != null) {
            item.evAt = v.stamp().sentAt().toString();
            item.evId = v.stamp().messageId();
            item.evProvider = v.provider();
            item.evDate = text(v.date());
            item.evResult = v.result().code();
            item.evCause = v.cause() == null ? null : v.cause().code();
            item.evSubResults = v.subResults().isEmpty() ? null : v.subResultsText();
        }
        return item;
    }

    Allocation toAllocation() {
        AllocationKey key = new AllocationKey(municipality, allocationNumber);
        Toewijzing t = t301Id == null ? null : new Toewijzing(stamp(t301At, t301Id), key, provider, client,
                productCategory, productCode, date(assignedStart), date(assignedEnd), changeReason);
        StartZorg s = s305Id == null ? null : new StartZorg(stamp(s305At, s305Id), key, s305Provider, date(s305Date),
                Boolean.TRUE.equals(s305Retracted));
        StopZorg e = e307Id == null ? null : new StopZorg(stamp(e307At, e307Id), key, e307Provider, date(e307Date),
                e307Reason, Boolean.TRUE.equals(e307Retracted));
        Evaluation v = evId == null ? null : new Evaluation(stamp(evAt, evId), key, evProvider, date(evDate),
                EvaluationResult.fromCode(evResult).orElseThrow(),
                evCause == null ? null : NonAchievementCause.fromCode(evCause).orElseThrow(),
                Evaluation.parseSubResults(evSubResults));
        return new Allocation(key, t, s, e, v, seen == null ? Set.of() : seen);
    }

    private static MessageStamp stamp(String at, String id) {
        return new MessageStamp(Instant.parse(at), id);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @DynamoDbPartitionKey
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String v) { municipality = v; }
    @DynamoDbSortKey
    public String getAllocationNumber() { return allocationNumber; }
    public void setAllocationNumber(String v) { allocationNumber = v; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public Set<String> getSeen() { return seen; }
    public void setSeen(Set<String> v) { seen = v; }
    public String getT301At() { return t301At; }
    public void setT301At(String v) { t301At = v; }
    public String getT301Id() { return t301Id; }
    public void setT301Id(String v) { t301Id = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getClient() { return client; }
    public void setClient(String v) { client = v; }
    public String getProductCategory() { return productCategory; }
    public void setProductCategory(String v) { productCategory = v; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String v) { productCode = v; }
    public String getAssignedStart() { return assignedStart; }
    public void setAssignedStart(String v) { assignedStart = v; }
    public String getAssignedEnd() { return assignedEnd; }
    public void setAssignedEnd(String v) { assignedEnd = v; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String v) { changeReason = v; }
    public String getS305At() { return s305At; }
    public void setS305At(String v) { s305At = v; }
    public String getS305Id() { return s305Id; }
    public void setS305Id(String v) { s305Id = v; }
    public String getS305Provider() { return s305Provider; }
    public void setS305Provider(String v) { s305Provider = v; }
    public String getS305Date() { return s305Date; }
    public void setS305Date(String v) { s305Date = v; }
    public Boolean getS305Retracted() { return s305Retracted; }
    public void setS305Retracted(Boolean v) { s305Retracted = v; }
    public String getE307At() { return e307At; }
    public void setE307At(String v) { e307At = v; }
    public String getE307Id() { return e307Id; }
    public void setE307Id(String v) { e307Id = v; }
    public String getE307Provider() { return e307Provider; }
    public void setE307Provider(String v) { e307Provider = v; }
    public String getE307Date() { return e307Date; }
    public void setE307Date(String v) { e307Date = v; }
    public String getE307Reason() { return e307Reason; }
    public void setE307Reason(String v) { e307Reason = v; }
    public Boolean getE307Retracted() { return e307Retracted; }
    public void setE307Retracted(Boolean v) { e307Retracted = v; }
    public String getEvAt() { return evAt; }
    public void setEvAt(String v) { evAt = v; }
    public String getEvId() { return evId; }
    public void setEvId(String v) { evId = v; }
    public String getEvProvider() { return evProvider; }
    public void setEvProvider(String v) { evProvider = v; }
    public String getEvDate() { return evDate; }
    public void setEvDate(String v) { evDate = v; }
    public String getEvResult() { return evResult; }
    public void setEvResult(String v) { evResult = v; }
    public String getEvCause() { return evCause; }
    public void setEvCause(String v) { evCause = v; }
    public String getEvSubResults() { return evSubResults; }
    public void setEvSubResults(String v) { evSubResults = v; }
}
