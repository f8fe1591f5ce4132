package nl.wmoscorecards.functions.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One escalation; shortfalls and the history are kept as JSON documents in the item, which is small and
 * always read whole. The {@value #VERSION} attribute guards against two contract managers acting at once.
 */
final class EscalationItem {
    static final ItemKeys KEYS = ItemKeys.of(ItemKeys.Key.s("id"));
    static final String VERSION = "version";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EscalationItem() {
    }

    /** The item as it is written: its version one more than the version it was read at (absent before). */
    static Map<String, AttributeValue> toItem(Escalation e) {
        return ItemMaps.builder()
                .s("id", e.id())
                .s("contractingRegion", e.contractingRegion())
                .s("provider", e.provider())
                .n("year", e.year())
                .s("state", e.state().name())
                .s("planDue", e.planDue() == null ? null : e.planDue().toString())
                .s("realisationDeadline", e.realisationDeadline() == null ? null : e.realisationDeadline().toString())
                .bool("clientStop", e.clientStop())
                .s("shortfalls", JSON.writeValueAsString(e.shortfalls()))
                .s("history", JSON.writeValueAsString(e.history()))
                .n(VERSION, e.version() + 1)
                .build();
    }

    static Escalation fromItem(Map<String, AttributeValue> item) {
        String planDue = ItemMaps.s(item, "planDue");
        String deadline = ItemMaps.s(item, "realisationDeadline");
        return new Escalation(ItemMaps.s(item, "id"), ItemMaps.s(item, "contractingRegion"), ItemMaps.s(item, "provider"),
                ItemMaps.integer(item, "year"), EscalationState.valueOf(ItemMaps.s(item, "state")),
                JSON.readValue(ItemMaps.s(item, "shortfalls"), new TypeReference<List<Shortfall>>() { }),
                planDue == null ? null : LocalDate.parse(planDue),
                deadline == null ? null : LocalDate.parse(deadline),
                Boolean.TRUE.equals(ItemMaps.bool(item, "clientStop")),
                JSON.readValue(ItemMaps.s(item, "history"), new TypeReference<List<Transition>>() { }),
                ItemMaps.longValue(item, VERSION));
    }
}
