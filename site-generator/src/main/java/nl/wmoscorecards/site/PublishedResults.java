package nl.wmoscorecards.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;

/**
 * Results from outside the current run (a previous publish's figures, the revision log) passed through the
 * publication policy, the same single entry point the generator uses ({@link PublicationPolicy#publish}), so an
 * old or revised value never shows more than today's policy lets the edition show.
 */
final class PublishedResults {
    private PublishedResults() {
    }

    /** The results as the edition may show them, in the order given. */
    static List<PublishedResult> asPublished(SiteModel model, List<KpiResult> results) {
        Map<Integer, List<Integer>> positionsByYear = new TreeMap<>();
        for (int i = 0; i < results.size(); i++) {
            positionsByYear.computeIfAbsent(results.get(i).year(), y -> new ArrayList<>()).add(i);
        }
        List<KpiRun> runs = new ArrayList<>();
        positionsByYear.forEach((year, positions) -> runs.add(new KpiRun(year, LocalDate.EPOCH, Instant.EPOCH,
                positions.stream().map(results::get).toList())));
        SiteModel read = new SiteModel(model.config(), runs, model.edition(), model.providerNames(), model.internal());
        PublishedResult[] out = new PublishedResult[results.size()];
        for (PublishedRun run : PublicationPolicy.publish(read)) {
            List<Integer> positions = positionsByYear.get(run.year());
            for (int i = 0; i < positions.size(); i++) {
                out[positions.get(i)] = run.results().get(i);
            }
        }
        return Arrays.asList(out);
    }
}
