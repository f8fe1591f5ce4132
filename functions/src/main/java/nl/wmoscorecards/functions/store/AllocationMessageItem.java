package nl.wmoscorecards.functions.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One accepted allocation message as one immutable item: key municipality + {@code allocationNumber#type/messageId},
 * so a redelivered message overwrites itself and a Query on the municipality returns an allocation's messages
 * side by side. Fields a message type does not have stay absent. Public for the ingest benchmark, which writes
 * the same attribute maps with raw BatchWriteItem.
 */
public final class AllocationMessageItem {
    static final char SEPARATOR = '#';
    static final ItemKeys KEYS = ItemKeys.of(ItemKeys.Key.s("municipality"), ItemKeys.Key.s("message"));

    private AllocationMessageItem() {
    }

    static String sortKey(AllocationEvent event) {
        return event.key().allocationNumber() + SEPARATOR + event.seenKey();
    }

    public static Map<String, AttributeValue> toItem(AllocationEvent event) {
        ItemMaps.Builder item = ItemMaps.builder()
                .s("municipality", event.key().municipality())
                .s("message", sortKey(event))
                .s("allocationNumber", event.key().allocationNumber())
                .s("type", event.type().code())
                .s("messageId", event.stamp().messageId())
                .s("sentAt", event.stamp().sentAt().toString())
                .s("provider", event.provider());
        // Pattern switches are not in Java 17 (--release 17); the event types are a sealed set of four.
        // "date" is the 301 assigned start, 305 start, 307 end or evaluation date; "reason" the 307 end reason
        // or the evaluation's cause.
        if (event instanceof Toewijzing t) {
            item.s("client", t.clientPseudonym()).s("productCategory", t.productCategory())
                    .s("productCode", t.productCode()).s("date", text(t.startDate()))
                    .s("assignedEnd", text(t.endDate())).s("changeReason", t.changeReason());
        } else if (event instanceof StartZorg s) {
            item.s("date", text(s.startDate())).bool("retracted", s.retraction() ? Boolean.TRUE : null);
        } else if (event instanceof StopZorg e) {
            item.s("date", text(e.endDate())).s("reason", e.reason())
                    .bool("retracted", e.retraction() ? Boolean.TRUE : null);
        } else if (event instanceof Evaluation v) {
            item.s("date", text(v.date())).s("result", v.result().code())
                    .s("reason", v.cause() == null ? null : v.cause().code())
                    .s("subResults", v.subResults().isEmpty() ? null : v.subResultsText());
        }
        return item.build();
    }

    /** The allocation number of a stored message, without reading the rest. */
    static String allocationNumber(Map<String, AttributeValue> item) {
        return ItemMaps.s(item, "allocationNumber");
    }

    public static AllocationEvent fromItem(Map<String, AttributeValue> item) {
        AllocationKey key = new AllocationKey(ItemMaps.s(item, "municipality"), ItemMaps.s(item, "allocationNumber"));
        MessageStamp stamp = new MessageStamp(instant(ItemMaps.s(item, "sentAt")), ItemMaps.s(item, "messageId"));
        String provider = ItemMaps.s(item, "provider");
        LocalDate date = date(ItemMaps.s(item, "date"));
        String reason = ItemMaps.s(item, "reason");
        boolean retraction = Boolean.TRUE.equals(ItemMaps.bool(item, "retracted"));
        return switch (ItemMaps.s(item, "type")) {
            case "301" -> new Toewijzing(stamp, key, provider, ItemMaps.s(item, "client"),
                    ItemMaps.s(item, "productCategory"), ItemMaps.s(item, "productCode"), date,
                    date(ItemMaps.s(item, "assignedEnd")), ItemMaps.s(item, "changeReason"));
            case "305" -> new StartZorg(stamp, key, provider, date, retraction);
            case "307" -> new StopZorg(stamp, key, provider, date, reason, retraction);
            default -> new Evaluation(stamp, key, provider, date,
                    EvaluationResult.fromCode(ItemMaps.s(item, "result")).orElseThrow(),
                    reason == null ? null : NonAchievementCause.fromCode(reason).orElseThrow(),
                    Evaluation.parseSubResults(ItemMaps.s(item, "subResults")));
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
}
