package nl.wmoscorecards.tests;

import static nl.wmoscorecards.tests.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wmoscorecards.tests.CliRunner.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI on the embedded runtime, as a contract manager would use it: ingest a year of messages, run
 * the KPIs, get the JSON file, publish the site. State lives in the data folder between commands.
 */
@Tag("e2e")
class CliEndToEndTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private Map<String, JsonNode> rowsByKey(Path json) throws IOException {
        JsonNode root = JSON.readTree(json.toFile());
        Map<String, JsonNode> rows = new java.util.TreeMap<>();
        root.get("results").forEach(r -> rows.put(r.get("provider").asString() + "/" + r.get("kpi").asString(), r));
        return rows;
    }

    @Test
    void aYearOfMessagesYieldsTheContractKpisAndTheSite() throws IOException {
        Scenario scenario = Scenario.build();
        Path events = scenario.write(work.resolve("export-2027.jsonl"));
        Path data = work.resolve("data");

        Run ingest = cli("ingest-events", "--data", data.toString(), events.toString());
        assertThat(ingest.exit()).as(ingest.out()).isZero();

        Path json = work.resolve("kpi-2027.json");
        Run kpi = cli("kpi-run", "--data", data.toString(), "--year", "2027", "--as-of", "2028-03-01", "--json", json.toString());
        assertThat(kpi.exit()).as(kpi.out()).isZero();

        JsonNode root = JSON.readTree(json.toFile());
        assertThat(root.get("year").asInt()).isEqualTo(2027);
        assertThat(root.get("asOf").asString()).isEqualTo("2028-03-01");
        Map<String, JsonNode> rows = rowsByKey(json);
        assertThat(rows).containsOnlyKeys("11111111/result-achieved", "11111111/start-within-6-weeks",
                "22222222/start-within-6-weeks", "11111111/start-reported-within-5-working-days",
                "22222222/start-reported-within-5-working-days");
        // 305 within 5 working days, monitored: L1's 305 came 18 days after its start and N3's start was retracted
        // and sent again in June, so 9 of the 11 starts were reported in time; no band.
        JsonNode reported = rows.get("11111111/start-reported-within-5-working-days");
        assertThat(reported.get("numerator").asInt()).isEqualTo(9);
        assertThat(reported.get("denominator").asInt()).isEqualTo(11);
        assertThat(reported.get("band").isNull()).isTrue();

        JsonNode start = rows.get("11111111/start-within-6-weeks");
        assertThat(start.get("region").asString()).isEqualTo("zaanstad-wormerland");
        assertThat(start.get("measured").asBoolean()).isTrue();
        assertThat(start.get("numerator").asInt()).isEqualTo(10);
        assertThat(start.get("denominator").asInt()).isEqualTo(11);
        assertThat(start.get("value").asDouble()).isCloseTo(1000.0 / 11, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(start.get("clients").asInt()).isEqualTo(13);
        assertThat(start.get("band").asString()).isEqualTo("good");

        JsonNode result = rows.get("11111111/result-achieved");
        assertThat(result.get("value").asDouble()).isEqualTo(65.0);
        assertThat(result.get("band").asString()).isEqualTo("sufficient");
        JsonNode causes = root.get("causes").get(0);
        assertThat(causes.get("provider").asString()).isEqualTo("11111111");
        assertThat(causes.get("counts").get("client").asInt()).isEqualTo(5);
        assertThat(causes.get("counts").get("provider").asInt()).isEqualTo(2);

        JsonNode small = rows.get("22222222/start-within-6-weeks");
        assertThat(small.get("measured").asBoolean()).isFalse();
        assertThat(small.get("value").isNull()).isTrue();
        assertThat(small.get("band").isNull()).isTrue();
        assertThat(small.get("reason").asString()).isEqualTo("too-few-clients-in-care");
        assertThat(small.get("reasonText").asString()).isEqualTo("minder dan 10 cliënten in zorg");
        assertThat(small.get("clients").asInt()).isEqualTo(5);

        Path site = work.resolve("site");
        Run publish = cli("publish", "--data", data.toString(), "--out", site.toString());
        assertThat(publish.exit()).as(publish.out()).isZero();
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("regio/zaanstad-wormerland/2027.html")).content(StandardCharsets.UTF_8)
                .contains("90,9%").contains("goed").contains("65,0%").contains("voldoende");
        assertThat(site.resolve("data/kpi-results-2027.json")).exists();

        assertNoBsnIn(data, scenario.bsns());
        assertNoBsnIn(site, scenario.bsns());
        assertNoBsnIn(json, scenario.bsns());
    }

    @Test
    void ingestingTheSameFilesAgainAndInAnotherOrderChangesNothing() throws IOException {
        Scenario scenario = Scenario.build();
        Path events = scenario.write(work.resolve("export.jsonl"));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(events));
        java.util.Collections.reverse(lines);
        Path reversed = work.resolve("reversed.jsonl");
        Files.write(reversed, lines);

        Path once = work.resolve("once");
        cli("ingest-events", "--data", once.toString(), events.toString());
        cli("kpi-run", "--data", once.toString(), "--year", "2027", "--as-of", "2028-03-01", "--json", work.resolve("once.json").toString());

        Path thrice = work.resolve("thrice");
        cli("ingest-events", "--data", thrice.toString(), reversed.toString());
        cli("ingest-events", "--data", thrice.toString(), events.toString(), reversed.toString());
        cli("kpi-run", "--data", thrice.toString(), "--year", "2027", "--as-of", "2028-03-01", "--json", work.resolve("thrice.json").toString());

        assertThat(rowsByKey(work.resolve("thrice.json"))).isEqualTo(rowsByKey(work.resolve("once.json")));
    }

    @Test
    void badLinesAreReportedWithFileLineFieldAndRuleWhileGoodLinesAreIngested() throws IOException {
        Scenario scenario = Scenario.build();
        Path events = scenario.write(work.resolve("good.jsonl"));
        Path bad = work.resolve("bad.csv");
        Files.writeString(bad, String.join("\n",
                "type;messageId;sentAt;municipality;provider;allocationNumber;bsn;productCategory;startDate",
                "301;X1;2027-01-01T00:00:00Z;0479;11111111;B1;999999999;02;2027-01-01",
                "301;X2;2027-01-01T00:00:00Z;9999;11111111;B2;" + scenario.bsns().get(0) + ";02;2027-01-01",
                "301;X3;2027-01-01T00:00:00Z;0479;11111111;B3;" + scenario.bsns().get(0) + ";02;2027-02-30",
                "301;X4;2027-01-01T00:00:00Z;0479;11111111;B4;" + scenario.bsns().get(0) + ";02;2027-02-03",
                ""), StandardCharsets.UTF_8);
        Path data = work.resolve("data");
        Path report = work.resolve("errors.json");

        Run run = cli("ingest-events", "--data", data.toString(), "--report", report.toString(), events.toString(), bad.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(bad + ", line 2, field bsn = '*******99': must be 9 digits passing the elfproef")
                .contains("line 3, field municipality = '9999': gemeentecode is not in any configured region")
                .contains("line 4, field startDate = '2027-02-30': must be an existing date yyyy-mm-dd");
        assertThat(run.out()).doesNotContain("999999999");
        JsonNode errors = JSON.readTree(report.toFile());
        assertThat(errors.get("errorCount").asInt()).isEqualTo(3);
        assertThat(errors.get("errors").get(0).get("field").asString()).isEqualTo("bsn");
        // The good line of the bad file was ingested: B4 is a 301 assigned in 2027 without a start.
        cli("kpi-run", "--data", data.toString(), "--year", "2027", "--as-of", "2028-03-01", "--json", work.resolve("k.json").toString());
        assertThat(rowsByKey(work.resolve("k.json")).get("11111111/start-within-6-weeks").get("denominator").asInt()).isEqualTo(12);
        assertNoBsnIn(data, scenario.bsns());
        assertNoBsnIn(report, List.of("999999999"));
    }

    static void assertNoBsnIn(Path path, List<String> bsns) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String bsn : bsns) {
                assertThat(content).as("BSN in %s", file).doesNotContain(bsn);
            }
        }
    }
}
