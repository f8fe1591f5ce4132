package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open data as a reader opens it: in Dutch Excel, as an XLSX, per year and per provider, with a dictionary. */
@WholeSiteSuite
class OpenDataFilesTest {
    @TempDir
    static Path site;

    @BeforeAll
    static void generate() throws IOException {
        new SiteGenerator().generate(SiteFixture.model(Edition.PUBLIC), Publication.firstOn(LocalDate.of(2026, 5, 1)),
                site);
    }

    @Test
    void excelCsvHasABomSemicolonsAndDecimalCommasWithNormBandsAndStatus() throws IOException {
        byte[] bytes = Files.readAllBytes(site.resolve("data/purmerend-edam-volendam-2025-excel.csv"));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0).split(";")).contains("\"norm\"", "\"normbanden\"", "\"beoordeling\"", "\"status\"",
                "\"vastgesteld_op\"");
        String justBelow = lines.stream().filter(l -> l.contains("\"22222222\"") && l.contains("\"result-achieved\""))
                .findFirst().orElseThrow();
        // 64.95 shows as 65,0% on the page: the same rounded value, with a decimal comma, as a number (unquoted).
        assertThat(justBelow).contains(";65,0;\"onvoldoende\";\"nee\";2000;120;")
                .contains(";65;\"onvoldoende: lager dan 65%; voldoende: 65% tot 80%; goed: 80% of hoger\";")
                .contains("\"definitief\";\"2026-04-01\"");
        assertThat(String.join("\n", lines)).doesNotContain("64,95", "64.95");
    }

    @Test
    void machineCsvRoundsAsDisplayedWithADecimalPoint() throws IOException {
        String csv = Files.readString(site.resolve("data/purmerend-edam-volendam-2025.csv"));
        assertThat(csv).contains("\"65.0\",\"onvoldoende\"", "\"80.0\",\"onvoldoende\"", "\"8.6\"")
                .doesNotContain("64.95", "79.99", "8.55");
    }

    @Test
    void jsonWritesNormsAsPlainNumbersNeverInExponentForm() throws IOException {
        String json = Files.readString(site.resolve("data/purmerend-edam-volendam-2025.json"));
        // start-within-6-weeks has its norm at 80 (a catalogue value 80 or 80.0 once printed as 8E+1)
        assertThat(json).containsPattern("\"norm\" ?: ?80,").containsPattern("\"norm\" ?: ?65,")
                .doesNotContainPattern("\\d[eE][+-]?\\d");
    }

    @Test
    void xlsxHoldsNumbersAsNumbersAndCodesAsTextWithTheColumnsOnASecondSheet() throws IOException {
        try (InputStream in = Files.newInputStream(site.resolve("data/purmerend-edam-volendam-2025.xlsx"));
             ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<String> headers = rows.get(0).stream().map(c -> c.getRawValue()).toList();
            assertThat(headers).containsExactlyElementsOf(OpenDataColumn.ALL.stream().map(OpenDataColumn::name).toList());
            Row justBelow = rows.stream().filter(r -> "22222222".equals(r.getCellText(headers.indexOf("agb")))
                    && "result-achieved".equals(r.getCellText(headers.indexOf("kpi")))).findFirst().orElseThrow();
            assertThat(justBelow.getCell(headers.indexOf("waarde")).asNumber()).isEqualByComparingTo("65.0");
            assertThat(justBelow.getCellText(headers.indexOf("beoordeling"))).isEqualTo("onvoldoende");
            assertThat(justBelow.getCellText(headers.indexOf("zorgaanbieder"))).isEqualTo(SiteFixture.HOSTILE_NAME);
            assertThat(workbook.getSheets().map(s -> s.getName()).toList()).containsExactly("KPI-resultaten", "Kolommen");
        }
    }

    @Test
    void oneFilePerYearHoldsEveryRegionAndOneFilePerProviderEveryRegionAndYear() throws IOException {
        String year = Files.readString(site.resolve("data/alle-regios/2025.csv"));
        assertThat(year).contains("\"purmerend-edam-volendam\"", "\"zaanstad-wormerland\"", "\"dwo\"")
                .doesNotContain("\"2026\"");
        List<String> provider = Files.readAllLines(site.resolve("data/aanbieders/11111111.csv"));
        assertThat(provider.subList(1, provider.size())).allMatch(l -> l.contains("\"11111111\""))
                .anyMatch(l -> l.contains("\"2026\"")).anyMatch(l -> l.contains("\"zaanstad-wormerland\""));
        for (String form : List.of("-excel.csv", ".xlsx", ".json")) {
            assertThat(site.resolve("data/alle-regios/2025" + form)).isNotEmptyFile();
        }
        assertThat(site.resolve("data/aanbieders/11111111-excel.csv")).isNotEmptyFile();
    }

    @Test
    void theDictionaryDescribesEveryColumnOnThePageAndAsAFile() throws IOException {
        Document page = Jsoup.parse(site.resolve("open-data.html").toFile(), "UTF-8");
        List<String> described = page.select("section[aria-labelledby=woordenboek] tbody th").eachText();
        String header = Files.readAllLines(site.resolve("data/purmerend-edam-volendam-2025.csv")).get(0);
        List<String> columns = Arrays.stream(header.split(",")).map(h -> h.replace("\"", "")).toList();
        assertThat(described).containsExactlyElementsOf(columns);
        String dictionary = Files.readString(site.resolve(OpenDataPaths.DICTIONARY));
        assertThat(columns).allMatch(c -> dictionary.contains("\"" + c + "\";"));
        List<String> links = page.select("a").eachAttr("href");
        assertThat(links).contains("data/alle-regios/2025-excel.csv",
                "data/purmerend-edam-volendam-2025.json", "data/revisies.xml",
                "data/aanbieders/11111111-excel.csv", "data/woordenboek.csv");
        assertThat(links.stream().filter(l -> l.startsWith("data/")).collect(Collectors.toList()))
                .allMatch(l -> Files.exists(site.resolve(l)), "every linked file exists");
    }
}
