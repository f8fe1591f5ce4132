package nl.wmoscorecards.tests;

import static nl.wmoscorecards.tests.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wmoscorecards.tests.CliRunner.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider's export, uploaded with one command, is accepted or refused with errors a person can act on;
 * accepted survey responses move the client-satisfaction KPI in the next KPI run.
 */
@Tag("e2e")
class ProviderUploadCliTest {
    @TempDir
    Path work;

    private JsonNode satisfaction(Path data, String name) throws Exception {
        Path json = work.resolve(name);
        assertThat(cli("kpi-run", "--data", data.toString(), "--year", "2027", "--as-of", "2028-03-01",
                "--json", json.toString()).exit()).isZero();
        for (JsonNode row : JsonMapper.builder().build().readTree(json.toFile()).get("results")) {
            if (row.get("provider").asString().equals(Scenario.BIG) && row.get("kpi").asString().equals("client-satisfaction")) {
                return row;
            }
        }
        return null;
    }

    @Test
    void anUploadedSurveyMovesClientSatisfactionAndABadOneIsExplainedInDutch() throws Exception {
        Path data = work.resolve("data");
        Path events = Scenario.build().write(work.resolve("export.jsonl"));
        assertThat(cli("ingest-events", "--data", data.toString(), events.toString()).exit()).isZero();
        assertThat(satisfaction(data, "before.json")).isNull();

        Run added = cli("provider", "add", "--data", data.toString(), "--agb", Scenario.BIG, "--name", "Thuiszorg West");
        String key = added.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(key).startsWith("wsk_");
        assertThat(Files.readString(data.resolve("providers.json"))).doesNotContain(key);

        // Windows-1252, semicolons and dd-mm-jjjj, as Dutch Excel saves it; 10 respondents, mean 8.6.
        StringBuilder csv = new StringBuilder("Gemeente;Datum;Cijfer\r\n");
        int[] grades = {8, 9, 9, 8, 10, 7, 9, 8, 9, 9};
        for (int i = 0; i < grades.length; i++) {
            csv.append(i % 2 == 0 ? "0479" : "0880").append(';').append(String.format("%02d-06-2027", i + 1))
                    .append(';').append(grades[i]).append("\r\n");
        }
        Path survey = work.resolve("cliënttevredenheid 2027.csv");
        Files.write(survey, csv.toString().getBytes(Charset.forName("windows-1252")));
        Run accepted = cli("upload", "--data", data.toString(), "--provider", Scenario.BIG, "--type", "cto",
                "--period", "2027", "--key", key, survey.toString());
        assertThat(accepted.exit()).as(accepted.out()).isZero();
        assertThat(accepted.out()).contains("Geaccepteerd: 10 regels verwerkt.");

        JsonNode after = satisfaction(data, "after.json");
        assertThat(after.get("measured").asBoolean()).isTrue();
        assertThat(after.get("respondents").asInt()).isEqualTo(10);
        assertThat(after.get("value").asDouble()).isEqualTo(8.6);
        assertThat(after.get("band").asString()).isEqualTo("achieved");

        Path bad = work.resolve("cto-fout.csv");
        Files.writeString(bad, "gemeente;datum;cijfer\n0479;31-06-2027;8\n", StandardCharsets.UTF_8);
        Run refused = cli("upload", "--data", data.toString(), "--provider", Scenario.BIG, "--type", "cto",
                "--period", "2027", "--key", key, bad.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("Afgewezen: 1 fout").contains("rij 2, kolom 'datum', waarde '31-06-2027'")
                .contains("bestaat niet");
        assertThat(satisfaction(data, "unchanged.json").get("value").asDouble()).isEqualTo(8.6);

        Run wrongKey = cli("upload", "--data", data.toString(), "--provider", Scenario.BIG, "--type", "cto",
                "--period", "2027", "--key", "wsk_forged", survey.toString());
        assertThat(wrongKey.exit()).isEqualTo(1);
        assertThat(wrongKey.out()).contains("401");
    }
}
