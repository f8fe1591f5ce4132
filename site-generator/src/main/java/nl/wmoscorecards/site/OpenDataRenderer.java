package nl.wmoscorecards.site;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the open data: every scorecard's table (data/{region}-{year}), every year's scorecards in one table
 * (data/alle-regios/{year}), each in the four forms of {@link OpenDataFormats}, every provider's rows over all
 * regions and years (data/aanbieders/{agb}, as the two CSVs), and the data dictionary (data/woordenboek.csv). Figures are the
 * ones the pages show, after the publication policy, rounded as shown; each row says whether its year is
 * provisional or final.
 */
final class OpenDataRenderer {
    /** The table of one scorecard; returns its rows for the year and provider files. */
    OpenDataTable render(SiteModel model, SitePlan plan, ScorecardPage page, ResultStatus status, SiteWriter out)
            throws IOException {
        OpenDataTable rows = OpenDataTable.of(OpenDataRows.of(model, plan, page, status));
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("titel", page.title());
        about.put("meetregio", page.region().name());
        about.put("jaar", page.run().year());
        about.put("standVan", page.run().asOf().toString());
        about.put("status", status.word());
        about.put("vastgesteldOp", status.fixedOn().toString());
        for (ParallelRendering.Job job : writeJobs(OpenDataPaths.scorecard(page.region().id(), page.run().year()), about,
                rows, page.run().asOf(), out)) {
            job.render();
        }
        return rows;
    }

    /** A year's table over every scorecard of the year (their tables in plan order), as its four files' jobs. */
    List<ParallelRendering.Job> yearJobs(PublishedRun run, List<OpenDataTable> tables, SiteWriter out) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("titel", "KPI-resultaten " + run.year() + ", alle meetregio's");
        about.put("jaar", run.year());
        about.put("standVan", run.asOf().toString());
        return writeJobs(OpenDataPaths.year(run.year()), about, OpenDataTable.concat(tables), run.asOf(), out);
    }

    /** Every provider's rows from the scorecards' tables (in plan order), and the dictionary, as jobs. */
    List<ParallelRendering.Job> providerJobs(SitePlan plan, List<OpenDataTable> rowsByPage, SiteWriter out) {
        List<ParallelRendering.Job> jobs = new ArrayList<>();
        Map<String, List<OpenDataTable.Row>> byProvider = new HashMap<>();
        for (OpenDataTable rows : rowsByPage) {
            for (OpenDataTable.Row row : rows.rows()) {
                byProvider.computeIfAbsent(row.provider(), p -> new ArrayList<>()).add(row);
            }
        }
        for (String provider : plan.providers()) {
            jobs.add(() -> {
                String stem = OpenDataPaths.provider(provider);
                List<OpenDataTable.Row> rows = byProvider.getOrDefault(provider, List.of());
                OpenDataTable.writeCsvs(stem, rows, out);
            });
        }
        jobs.add(() -> out.bytes(OpenDataPaths.DICTIONARY, OpenDataFormats.excelCsv(
                List.of("kolom", "eenheid", "betekenis"), OpenDataFormats.dictionaryRows())));
        return jobs;
    }

    /** A table's four files (see {@link OpenDataPaths#files}), each written by its own job. */
    private static List<ParallelRendering.Job> writeJobs(String stem, Map<String, Object> about, OpenDataTable rows,
                                                         LocalDate dataDate, SiteWriter out) {
        return List.of(
                () -> out.bytes(stem + ".xlsx", OpenDataFormats.xlsx(rows.cells(), dataDate)),
                () -> out.stream(stem + ".json", file -> OpenDataFormats.writeJson(file, about, rows.jsonRows())),
                () -> OpenDataTable.writeCsvs(stem, rows.rows(), out));
    }
}
