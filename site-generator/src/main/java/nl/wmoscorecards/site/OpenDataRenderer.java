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
    private static final int AGB_COLUMN = OpenDataColumn.ALL.stream().map(OpenDataColumn::name).toList().indexOf("agb");

    /** The table of one scorecard; returns its rows for the year and provider files. */
    List<List<Object>> render(SiteModel model, SitePlan plan, ScorecardPage page, ResultStatus status, SiteWriter out)
            throws IOException {
        List<List<Object>> rows = OpenDataRows.of(model, plan, page, status);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("titel", page.title());
        about.put("meetregio", page.region().name());
        about.put("jaar", page.run().year());
        about.put("standVan", page.run().asOf().toString());
        about.put("status", status.word());
        about.put("vastgesteldOp", status.fixedOn().toString());
        write(OpenDataPaths.scorecard(page.region().id(), page.run().year()), about, rows, page.run().asOf(), out);
        return rows;
    }

    /**
     * The tables per year and per provider, from the scorecards' rows (in plan order), and the dictionary, as
     * independent jobs for {@link ParallelRendering}.
     */
    List<ParallelRendering.Job> combinedJobs(SiteModel model, SitePlan plan, List<List<List<Object>>> rowsByPage,
                                             SiteWriter out) {
        List<ParallelRendering.Job> jobs = new ArrayList<>();
        for (PublishedRun run : plan.runsNewestFirst()) {
            jobs.add(() -> {
                List<List<Object>> rows = new ArrayList<>();
                for (int i = 0; i < plan.pages().size(); i++) {
                    if (plan.pages().get(i).run().year() == run.year()) {
                        rows.addAll(rowsByPage.get(i));
                    }
                }
                Map<String, Object> about = new LinkedHashMap<>();
                about.put("titel", "KPI-resultaten " + run.year() + ", alle meetregio's");
                about.put("jaar", run.year());
                about.put("standVan", run.asOf().toString());
                write(OpenDataPaths.year(run.year()), about, rows, run.asOf(), out);
            });
        }
        Map<String, List<List<Object>>> byProvider = new HashMap<>();
        for (List<List<Object>> rows : rowsByPage) {
            for (List<Object> row : rows) {
                byProvider.computeIfAbsent((String) row.get(AGB_COLUMN), p -> new ArrayList<>()).add(row);
            }
        }
        for (String provider : plan.providers()) {
            jobs.add(() -> {
                String stem = OpenDataPaths.provider(provider);
                List<List<Object>> rows = byProvider.getOrDefault(provider, List.of());
                out.bytes(stem + "-excel.csv", OpenDataFormats.excelCsv(rows));
                out.text(stem + ".csv", OpenDataFormats.machineCsv(rows));
            });
        }
        jobs.add(() -> out.bytes(OpenDataPaths.DICTIONARY, OpenDataFormats.excelCsv(
                List.of("kolom", "eenheid", "betekenis"), OpenDataFormats.dictionaryRows())));
        return jobs;
    }

    private static void write(String stem, Map<String, Object> about, List<List<Object>> rows, LocalDate dataDate,
                              SiteWriter out) throws IOException {
        out.text(stem + ".csv", OpenDataFormats.machineCsv(rows));
        out.bytes(stem + "-excel.csv", OpenDataFormats.excelCsv(rows));
        out.bytes(stem + ".xlsx", OpenDataFormats.xlsx(rows, dataDate));
        out.text(stem + ".json", OpenDataFormats.json(about, rows));
    }
}
