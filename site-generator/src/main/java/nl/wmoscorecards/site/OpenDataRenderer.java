package nl.wmoscorecards.site;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each scorecard's table as open data, data/{region}-{year}.csv and .json: one row per provider
 * and KPI, with the unit of every column. Figures are exactly the ones the page shows: the publication policy's,
 * in the public edition rounded as displayed; text is Dutch as on the page.
 */
final class OpenDataRenderer {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** Column name, unit, meaning: the same list heads the CSV and describes the JSON. */
    static final List<List<String>> COLUMNS = List.of(
            List.of("meetregio", "tekst", "id van de meetregio"),
            List.of("jaar", "jaartal", "meetjaar (1 januari t/m 31 december)"),
            List.of("agb", "tekst", "AGB-code van de zorgaanbieder"),
            List.of("zorgaanbieder", "tekst", "naam van de zorgaanbieder"),
            List.of("kpi", "tekst", "id van de KPI"),
            List.of("kpi_naam", "tekst", "naam van de KPI"),
            List.of("eenheid", "tekst", "eenheid van de waarde: percent (0-100), cijfer (0-10), aantal, dagen of euro"),
            List.of("gemeten", "ja/nee", "of de groep groot genoeg was om te meten"),
            List.of("toelichting", "tekst", "waarom niet gemeten, of waarom een waarde niet gepubliceerd is"),
            List.of("waarde", "eenheid uit kolom eenheid",
                    "afgerond zoals op de pagina (op de openbare site); leeg als niet gemeten of niet gepubliceerd"),
            List.of("beoordeling", "tekst", "band op de exacte waarde; leeg zonder norm"),
            List.of("n", "aantal", "toewijzingen, evaluaties of respondenten in de berekening; leeg bij een aantal of bedrag,"
                    + " en op de openbare site onder het minimum"),
            List.of("clienten_in_zorg", "aantal",
                    "cliënten in zorg bij de zorgaanbieder in de meetregio; op de openbare site alleen vanaf het minimum"),
            List.of("respondenten", "aantal", "alleen bij KPI's uit een enquête"));

    void render(SiteModel model, SitePlan plan, ScorecardPage page, SiteWriter out) throws IOException {
        List<List<String>> rows = rows(model, plan, page);
        StringBuilder csv = new StringBuilder();
        csv.append(CsvCells.line(COLUMNS.stream().map(c -> c.get(0)).toList()));
        rows.forEach(row -> csv.append(CsvCells.line(row)));
        out.text(SitePaths.scorecardData(page.region().id(), page.run().year(), "csv"), csv.toString());
        out.text(SitePaths.scorecardData(page.region().id(), page.run().year(), "json"), json(page, rows));
    }

    private static List<List<String>> rows(SiteModel model, SitePlan plan, ScorecardPage page) {
        List<List<String>> rows = new ArrayList<>();
        for (String provider : plan.providers()) {
            Map<String, PublishedResult> results = page.resultsOf(provider);
            for (KpiDefinition kpi : page.catalog().kpis()) {
                PublishedResult r = results.get(kpi.id());
                if (r == null) {
                    continue;
                }
                rows.add(List.of(page.region().id(), Integer.toString(r.year()), provider,
                        model.providerLabel(provider), kpi.id(), kpi.name(), unit(kpi.unit()),
                        r.measured() ? "ja" : "nee",
                        Objects.toString(ScorecardCells.note(r), ""),
                        text(r.value().map(BigDecimal::toPlainString)),
                        r.band() == null ? "" : r.band().dutchLabel(),
                        Unit.of(kpi.unit()).hasPopulation() ? text(r.population().map(n -> Long.toString(n))) : "",
                        text(r.clients().map(n -> Integer.toString(n))),
                        text(r.respondents().map(n -> Integer.toString(n)))));
            }
        }
        return rows;
    }

    /** A withheld figure is an empty cell; why is in the column "toelichting". */
    private static String text(Figure<String> figure) {
        return figure.isShown() ? figure.orNull() : "";
    }

    private static String unit(String unit) {
        return Unit.of(unit).openDataName();
    }

    private static String json(ScorecardPage page, List<List<String>> rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("titel", page.title());
        root.put("meetregio", page.region().name());
        root.put("jaar", page.run().year());
        root.put("standVan", page.run().asOf().toString());
        root.put("kolommen", COLUMNS.stream()
                .map(c -> Map.of("naam", c.get(0), "eenheid", c.get(1), "betekenis", c.get(2))).toList());
        List<Map<String, String>> objects = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            Map<String, String> object = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                object.put(COLUMNS.get(i).get(0), row.get(i).isEmpty() ? null : row.get(i));
            }
            objects.add(object);
        }
        root.put("rijen", objects);
        return JSON.writeValueAsString(root);
    }
}
