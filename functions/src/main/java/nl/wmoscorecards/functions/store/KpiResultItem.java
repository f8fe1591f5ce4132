package nl.wmoscorecards.functions.store;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.NotMeasured;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A KPI result keyed by year + measurement region, so a scorecard is one Query. */
final class KpiResultItem {
    static final ItemKeys KEYS = ItemKeys.of(ItemKeys.Key.s("yearRegion"), ItemKeys.Key.s("providerKpi"));

    private KpiResultItem() {
    }

    static String partition(int year, String region) {
        return year + "#" + region;
    }

    static String sortKey(KpiResult r) {
        return r.provider() + "#" + r.kpi();
    }

    /**
     * The item beside a region's results that lists the providers with clients in care there: its sort key sorts
     * after every "provider#kpi" key (AGB codes are digits) and is never one.
     */
    static final String PROVIDERS_IN_CARE = "~providers-in-care";

    static Map<String, AttributeValue> providersInCareItem(int year, String region, Set<String> providers) {
        return ItemMaps.builder().s("yearRegion", partition(year, region)).s("providerKpi", PROVIDERS_IN_CARE)
                .ss("providers", providers).build();
    }

    static boolean isProvidersInCare(Map<String, AttributeValue> item) {
        return PROVIDERS_IN_CARE.equals(ItemMaps.s(item, "providerKpi"));
    }

    static Map<String, AttributeValue> toItem(KpiResult r) {
        Map<String, AttributeValue> causes = null;
        if (!r.causes().isEmpty()) {
            causes = new HashMap<>();
            for (Map.Entry<String, Integer> cause : r.causes().entrySet()) {
                causes.put(cause.getKey(), AttributeValue.fromN(cause.getValue().toString()));
            }
        }
        return ItemMaps.builder()
                .s("yearRegion", partition(r.year(), r.region()))
                .s("providerKpi", sortKey(r))
                .n("year", r.year())
                .s("region", r.region())
                .s("provider", r.provider())
                .s("kpi", r.kpi())
                .bool("measured", r.measured())
                .s("reason", r.measured() ? null : r.notMeasured().reason().code())
                .n("reasonMinimum", r.measured() ? null : r.notMeasured().minimum())
                .n("value", r.value())
                .s("numerator", r.numerator().toPlainString())
                .n("denominator", r.denominator())
                .n("clients", r.clients())
                .n("respondents", r.respondents())
                .s("band", r.band() == null ? null : r.band().code())
                .m("causes", causes)
                .n("surveyYear", r.surveyYear())
                .build();
    }

    static KpiResult fromItem(Map<String, AttributeValue> item) {
        String reason = ItemMaps.s(item, "reason");
        NotMeasured notMeasured = reason == null ? null
                : new NotMeasured(reasonOf(reason), ItemMaps.integer(item, "reasonMinimum"));
        Map<String, AttributeValue> stored = ItemMaps.m(item, "causes");
        Map<String, Integer> causes = new HashMap<>();
        if (stored != null) {
            stored.forEach((cause, count) -> causes.put(cause, Integer.valueOf(count.n())));
        }
        return new KpiResult(ItemMaps.integer(item, "year"), ItemMaps.s(item, "region"), ItemMaps.s(item, "provider"),
                ItemMaps.s(item, "kpi"), notMeasured, ItemMaps.doubleValue(item, "value"),
                new BigDecimal(ItemMaps.s(item, "numerator")), ItemMaps.longValue(item, "denominator"),
                ItemMaps.integer(item, "clients"), ItemMaps.integer(item, "respondents"), bandOf(ItemMaps.s(item, "band")),
                causes, ItemMaps.integer(item, "surveyYear"));
    }

    /** A reason code; results stored before the codes existed hold English text ("fewer than 10 respondents"). */
    private static Band bandOf(String code) {
        return code == null ? null : Band.fromCode(code);
    }

    private static NotMeasured.Reason reasonOf(String stored) {
        if (stored.startsWith("fewer than")) {
            return stored.contains("respondents") ? NotMeasured.Reason.TOO_FEW_RESPONDENTS
                    : NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE;
        }
        return NotMeasured.Reason.fromCode(stored);
    }
}
