package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.NotMeasured;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.view.ScorecardCell;

/** Turns one KPI result (or its absence) into what the table cell shows, in Dutch. */
final class ScorecardCells {
    static final String NO_DATA = "geen gegevens";

    private final KpiCatalog catalog;
    private final MeasurementRegion region;
    private final Edition edition;

    ScorecardCells(KpiCatalog catalog, MeasurementRegion region, Edition edition) {
        this.catalog = catalog;
        this.region = region;
        this.edition = edition;
    }

    ScorecardCell noData() {
        return new ScorecardCell("no-data", null, List.of(), null, NO_DATA, null, List.of());
    }

    ScorecardCell of(KpiDefinition kpi, KpiResult result) {
        if (!result.measured()) {
            List<String> counts = edition.suppressesUnmeasuredCounts() ? List.of() : counts(kpi, result);
            return new ScorecardCell("not-measured", null, counts, null, notMeasuredNote(result), null, List.of());
        }
        if (result.value() == null) {
            return new ScorecardCell("measured", null, counts(kpi, result), null, note(kpi, result), null, List.of());
        }
        String value = DutchFormat.value(result.value(), kpi.unit());
        var badge = result.band() == null ? null : StatusBadges.of(result.band());
        List<String> breakdown = Breakdowns.parts(kpi.measure(), region, result.causes());
        return new ScorecardCell("measured", value, counts(kpi, result), badge, note(kpi, result),
                breakdown.isEmpty() ? null : Breakdowns.label(kpi.measure()), breakdown);
    }

    /** Why a cell has no value, in Dutch; null when it has one. */
    String note(KpiDefinition kpi, KpiResult result) {
        if (!result.measured()) {
            return notMeasuredNote(result);
        }
        if (result.value() == null) {
            return "minder dan " + catalog.minimumClients() + " (aantal niet gepubliceerd)";
        }
        // The biennial survey carried into a year without one: shown, labelled, never judged.
        return result.carriedSurvey()
                ? "onderzoek " + result.surveyYear() + " (tweejaarlijks; geen oordeel in " + result.year() + ")" : null;
    }

    /** The engine's typed reason in Dutch: outside the contract phase there is no score, not too small a group. */
    private static String notMeasuredNote(KpiResult result) {
        NotMeasured why = result.notMeasured();
        return why.outsideContract() ? why.dutch() : "niet gemeten (" + why.dutch() + ")";
    }

    /** Whether the cell may say how many clients the provider has in care (the public edition: from the minimum). */
    boolean showsClients(KpiResult result) {
        return !edition.suppressesUnmeasuredCounts() || result.clients() >= catalog.minimumClients();
    }

    private List<String> counts(KpiDefinition kpi, KpiResult result) {
        List<String> counts = new ArrayList<>();
        if (Unit.of(kpi.unit()).hasPopulation()) {
            counts.add("n = " + DutchFormat.count(result.denominator()));
        }
        if (showsClients(result)) {
            counts.add(DutchFormat.count(result.clients()) + (result.clients() == 1 ? " cliënt in zorg" : " cliënten in zorg"));
        }
        return counts;
    }
}
