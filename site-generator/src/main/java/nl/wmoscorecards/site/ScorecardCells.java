package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.site.view.ScorecardCell;

/** Turns one KPI result (or its absence) into what the table cell shows, in Dutch. */
final class ScorecardCells {
    static final String NO_DATA = "geen gegevens";
    /** Cause codes in the order the escalation conversation discusses them. */
    private static final Map<String, String> CAUSE_LABELS = orderedCauseLabels();

    private final KpiCatalog catalog;
    private final Edition edition;

    ScorecardCells(KpiCatalog catalog, Edition edition) {
        this.catalog = catalog;
        this.edition = edition;
    }

    ScorecardCell noData() {
        return new ScorecardCell("no-data", null, List.of(), null, NO_DATA, List.of());
    }

    ScorecardCell of(KpiDefinition kpi, KpiResult result) {
        if (!result.measured()) {
            List<String> counts = edition.suppressesUnmeasuredCounts() ? List.of() : counts(result);
            return new ScorecardCell("not-measured", null, counts, null, notMeasuredNote(kpi, result), List.of());
        }
        String value = result.value() == null ? null : DutchFormat.value(result.value(), kpi.unit());
        var badge = result.band() == null ? null : StatusBadges.of(Band.fromCode(result.band()));
        return new ScorecardCell("measured", value, counts(result), badge, null, causes(result.causes()));
    }

    /** The engine's reason is English; the minimum shown is the catalogue's, so page and config agree. */
    String notMeasuredNote(KpiDefinition kpi, KpiResult result) {
        boolean tooFewRespondents = result.reason() != null && result.reason().contains("respondents")
                && kpi.minimumRespondents() != null;
        return tooFewRespondents
                ? "niet gemeten (minder dan " + kpi.minimumRespondents() + " respondenten)"
                : "niet gemeten (minder dan " + catalog.minimumClients() + " cliënten)";
    }

    private static List<String> counts(KpiResult result) {
        return List.of("n = " + DutchFormat.count(result.denominator()),
                DutchFormat.count(result.clients()) + (result.clients() == 1 ? " cliënt in zorg" : " cliënten in zorg"));
    }

    private static List<String> causes(Map<String, Integer> causes) {
        List<String> shown = new ArrayList<>();
        CAUSE_LABELS.forEach((code, label) -> {
            Integer count = causes.get(code);
            if (count != null) {
                shown.add(label + " " + DutchFormat.count(count));
            }
        });
        causes.keySet().stream().filter(code -> !CAUSE_LABELS.containsKey(code)).sorted()
                .forEach(code -> shown.add(code + " " + DutchFormat.count(causes.get(code))));
        return shown;
    }

    private static Map<String, String> orderedCauseLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("client", "cliënt");
        labels.put("provider", "zorgaanbieder");
        labels.put("local_team", "lokaal team");
        labels.put("unknown", "onbekend");
        return labels;
    }
}
