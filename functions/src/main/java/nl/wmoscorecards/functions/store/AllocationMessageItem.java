package nl.wmoscorecards.functions.store;

import java.time.Instant;
import java.time.LocalDate;
import nl.wmoscorecards.core.allocation.AllocationEvent;
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

/**
 * One accepted allocation message as one immutable item: key municipality + {@code allocationNumber#type/messageId},
 * so a redelivered message overwrites itself and a Query on the municipality returns an allocation's messages
 * side by side. Fields a message type does not have stay absent.
 */
@DynamoDbBean
public class AllocationMessageItem {
    static final char SEPARATOR = '#';

    private String municipality;
    private String message;
    private String allocationNumber;
    private String type;
    private String messageId;
    private String sentAt;
    private String provider;
    // 301
    private String client, productCategory, productCode, assignedEnd, changeReason;
    /** 301 assigned start, 305 start, 307 end or evaluation date. */
    private String date;
    /** 307 end reason or evaluation cause. */
    private String reason;
    private Boolean retracted;
    // evaluation
    private String result, subResults;

    static String sortKey(AllocationEvent event) {
        return event.key().allocationNumber() + SEPARATOR + event.seenKey();
    }

    public static AllocationMessageItem from(AllocationEvent event) {
        AllocationMessageItem item = new AllocationMessageItem();
        item.municipality = event.key().municipality();
        item.message = sortKey(event);
        item.allocationNumber = event.key().allocationNumber();
        item.type = event.type().code();
        item.messageId = event.stamp().messageId();
        item.sentAt = event.stamp().sentAt().toString();
        item.provider = event.provider();
        // Pattern switches are not in Java 17 (--release 17); the event types are a sealed set of four.
        if (event instanceof Toewijzing t) {
            item.client = t.clientPseudonym();
            item.productCategory = t.productCategory();
            item.productCode = t.productCode();
            item.date = text(t.startDate());
            item.assignedEnd = text(t.endDate());
            item.changeReason = t.changeReason();
        } else if (event instanceof StartZorg s) {
            item.date = text(s.startDate());
            item.retracted = s.retraction() ? Boolean.TRUE : null;
        } else if (event instanceof StopZorg e) {
            item.date = text(e.endDate());
            item.reason = e.reason();
            item.retracted = e.retraction() ? Boolean.TRUE : null;
        } else if (event instanceof Evaluation v) {
            item.date = text(v.date());
            item.result = v.result().code();
            item.reason = v.cause() == null ? null : v.cause().code();
            item.subResults = v.subResults().isEmpty() ? null : v.subResultsText();
        }
        return item;
    }

    public AllocationEvent toEvent() {
        AllocationKey key = new AllocationKey(municipality, allocationNumber);
        MessageStamp stamp = new MessageStamp(instant(sentAt), messageId);
        boolean retraction = Boolean.TRUE.equals(retracted);
        return switch (type) {
            case "301" -> new Toewijzing(stamp, key, provider, client, productCategory, productCode, date(date),
                    date(assignedEnd), changeReason);
            case "305" -> new StartZorg(stamp, key, provider, date(date), retraction);
            case "307" -> new StopZorg(stamp, key, provider, date(date), reason, retraction);
            default -> new Evaluation(stamp, key, provider, date(date), EvaluationResult.fromCode(result).orElseThrow(),
                    reason == null ? null : NonAchievementCause.fromCode(reason).orElseThrow(),
                    Evaluation.parseSubResults(subResults));
        };
    }

    private static String text(LocalDate value) {
        return value == null ? null : value.toString();
    }

    /**
     * Dates and times are read for every item of every KPI run, and the java.time parsers cost microseconds each:
     * the forms this class writes (ISO dates, {@link Instant#toString}) are read directly, anything else falls back.
     */
    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    static Instant instant(String text) {
        // yyyy-MM-ddTHH:mm:ssZ, as Instant.toString writes whole seconds after 1970
        if (text.length() == 20 && text.charAt(10) == 'T' && text.charAt(19) == 'Z' && text.charAt(4) == '-') {
            long days = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400L + digits(text, 11, 13) * 3_600L + digits(text, 14, 16) * 60L
                    + digits(text, 17, 19));
        }
        return Instant.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a stored date or time: " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    @DynamoDbPartitionKey
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String v) { municipality = v; }
    @DynamoDbSortKey
    public String getMessage() { return message; }
    public void setMessage(String v) { message = v; }
    public String getAllocationNumber() { return allocationNumber; }
    public void setAllocationNumber(String v) { allocationNumber = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getMessageId() { return messageId; }
    public void setMessageId(String v) { messageId = v; }
    public String getSentAt() { return sentAt; }
    public void setSentAt(String v) { sentAt = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getClient() { return client; }
    public void setClient(String v) { client = v; }
    public String getProductCategory() { return productCategory; }
    public void setProductCategory(String v) { productCategory = v; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String v) { productCode = v; }
    public String getAssignedEnd() { return assignedEnd; }
    public void setAssignedEnd(String v) { assignedEnd = v; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String v) { changeReason = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public Boolean getRetracted() { return retracted; }
    public void setRetracted(Boolean v) { retracted = v; }
    public String getResult() { return result; }
    public void setResult(String v) { result = v; }
    public String getSubResults() { return subResults; }
    public void setSubResults(String v) { subResults = v; }
}
