package nl.wmoscorecards.site;

import java.io.IOException;
import nl.wmoscorecards.site.KpiRunJson;
import nl.wmoscorecards.core.kpi.KpiRun;

/**
 * Writes data/kpi-results-{year}.json: the core's JSON of the run as the publication policy left it
 * (for PUBLIC: small breakdowns already removed), without the counts the policy hides.
 */
final class DataFileRenderer {

    void render(SiteModel model, KpiRun run, SiteWriter out) throws IOException {
        out.text(SitePaths.dataFile(run.year()), KpiRunJson.toJson(run, r -> PublicationPolicy.hidesCounts(model, r)));
    }
}
