package nl.wmoscorecards.site;

import java.io.IOException;
import nl.wmoscorecards.core.json.KpiRunJson;
import nl.wmoscorecards.core.kpi.KpiRun;

/**
 * Writes data/kpi-results-{year}.json: the core's JSON of the run as the publication policy left it
 * (for PUBLIC: unmeasured counts and small cause counts already removed).
 */
final class DataFileRenderer {

    void render(KpiRun run, Edition edition, SiteWriter out) throws IOException {
        out.text(SitePaths.dataFile(run.year()), KpiRunJson.toJson(run, edition.suppressesUnmeasuredCounts()));
    }
}
