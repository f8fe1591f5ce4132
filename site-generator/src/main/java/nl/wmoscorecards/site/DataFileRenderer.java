package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wmoscorecards.core.json.KpiRunJson;
import nl.wmoscorecards.core.kpi.KpiRun;

/** Writes data/kpi-results-{year}.json: exactly the core's JSON of the run, suppressed for PUBLIC. */
final class DataFileRenderer {

    Path render(KpiRun run, Edition edition, Path outDir) throws IOException {
        Path file = SiteFiles.resolve(outDir, SitePaths.dataFile(run.year()));
        Files.writeString(file, KpiRunJson.toJson(run, edition.suppressesUnmeasuredCounts()), StandardCharsets.UTF_8);
        return file;
    }
}
