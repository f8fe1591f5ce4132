package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a generated scorecard the way a reader does: by provider row and KPI column. */
final class ScorecardTables {
    private ScorecardTables() {
    }

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), file.toUri().toString());
    }

    static Element table(Document page) {
        Element table = page.selectFirst("table");
        assertThat(table).as("the scorecard table").isNotNull();
        return table;
    }

    static List<String> rowHeaders(Document page) {
        return table(page).select("tbody tr > th[scope=row]").eachText();
    }

    static List<String> kpiNames(Document page) {
        return table(page).select("thead th[scope=col] .kpi-name").eachText();
    }

    /** The cell of a provider (as shown in its row header) under a KPI (by its name in the column header). */
    static Element cell(Document page, String provider, String kpiName) {
        int column = kpiNames(page).indexOf(kpiName);
        assertThat(column).as("column of KPI %s", kpiName).isNotNegative();
        Element row = table(page).select("tbody tr").stream()
                .filter(tr -> tr.selectFirst("th[scope=row]").text().equals(provider))
                .findFirst().orElseThrow(() -> new AssertionError("no row for provider " + provider));
        return row.select("td").get(column);
    }
}
