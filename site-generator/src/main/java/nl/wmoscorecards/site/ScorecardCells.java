package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.NotMeasured;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.view.ScorecardCell;

/**
 * Turns one published result (or its absence) into what the table cell shows, in Dutch. Shows every figure the
 * publication policy left shown and nothing else: it makes no decision about small groups.
 */
final class ScorecardCells {
    static final String NO_DATA = "geen gegevens";

    private final MeasurementRegion region;

    ScorecardCells(MeasurementRegion region) {
        this.region = region;
    }

    ScorecardCell noData() {
        return new ScorecardCell("no-data", null, List.of(), null, NO_DATA, null, List.of());
    }

    ScorecardCell of(KpiDefinition kpi, PublishedResult result) {
        if (!result.measured()) {
            return new ScorecardCell("not-measured", null, counts(kpi, result), null, notMeasuredNote(result.notMeasured()),
                    null, List.of());
        }
        if (!result.value().isShown()) {
            return new ScorecardCell("measured", null, counts(kpi, result), null, note(result), null, List.of());
        }
        String value = Unit.of(kpi.unit()).format(result.value().orNull());
        var badge = result.band() == null ? null : StatusBadges.of(result.band());
        Breakdown breakdown = result.breakdown().isShown() ? result.breakdown().orNull() : Breakdown.NONE;
        List<String> parts = Breakdowns.parts(kpi.measure(), region, breakdown);
        return new ScorecardCell("measured", value, counts(kpi, result), badge, note(result),
                parts.isEmpty() ? null : Breakdowns.label(kpi.measure()), parts);
    }

    /** Why a cell has no value (or what its value is not), in Dutch; null when there is nothing to say. */
    static String note(PublishedResult result) {
        if (!result.measured()) {
            return notMeasuredNote(result.notMeasured());
        }
        if (!result.value().isShown()) {
            return result.value().reason();
        }
        // The biennial survey carried into a year without one: shown, labelled, never judged.
        return result.carriedSurvey()
                ? "onderzoek " + result.surveyYear() + " (tweejaarlijks; geen oordeel in " + result.year() + ")" : null;
    }

    /** The engine's typed reason in Dutch: outside the contract phase there is no score, not too small a group. */
    static String notMeasuredNote(NotMeasured why) {
        return why.outsideContract() ? why.dutch() : "niet gemeten (" + why.dutch() + ")";
    }

    private static List<String> counts(KpiDefinition kpi, PublishedResult result) {
        List<String> counts = new ArrayList<>();
        if (Unit.of(kpi.unit()).hasPopulation() && result.population().isShown()) {
            counts.add("n = " + DutchFormat.count(result.population().orNull()));
        }
        if (result.clients().isShown()) {
            int clients = result.clients().orNull();
            counts.add(DutchFormat.count(clients) + (clients == 1 ? " cliënt in zorg" : " cliënten in zorg"));
        }
        return counts;
    }
}
