package nl.wmoscorecards.functions.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.kpi.KpiRun;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One item per yearly run: when it ran and which region partitions hold its results. */
final class KpiRunItem {
    static final ItemKeys KEYS = ItemKeys.of(ItemKeys.Key.n("year"));

    private KpiRunItem() {
    }

    static Map<String, AttributeValue> key(int year) {
        return KEYS.key(AttributeValue.fromN(Integer.toString(year)));
    }

    static Map<String, AttributeValue> toItem(KpiRun run, Set<String> regions) {
        return ItemMaps.builder()
                .n("year", run.year())
                .s("asOf", run.asOf().toString())
                .s("computedAt", run.computedAt().toString())
                .n("resultCount", run.results().size())
                .ss("regions", regions)
                .build();
    }

    static KpiRun fromItem(Map<String, AttributeValue> item) {
        return new KpiRun(ItemMaps.integer(item, "year"), LocalDate.parse(ItemMaps.s(item, "asOf")),
                Instant.parse(ItemMaps.s(item, "computedAt")), List.of());
    }

    /** The region partitions the run wrote. */
    static Set<String> regions(Map<String, AttributeValue> item) {
        return ItemMaps.ss(item, "regions");
    }
}
