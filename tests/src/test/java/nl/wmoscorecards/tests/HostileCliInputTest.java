package nl.wmoscorecards.tests;

import static nl.wmoscorecards.tests.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wmoscorecards.core.privacy.Bsn;
import nl.wmoscorecards.tests.CliRunner.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a clumsy or hostile user drives it: a provider name with a line break is refused
 * before anything is registered, and an upload whose file name and cells carry a BSN prints it nowhere.
 */
@Tag("e2e")
class HostileCliInputTest {
    private static final String AGB = "12345678";
    @TempDir
    Path work;

    @Test
    void aProviderNameWithAControlCharacterIsRefusedAndNothingIsRegistered() throws Exception {
        Path data = work.resolve("data");
        for (String name : new String[] {"Zorg\nWest", "Zorg\tWest", "Zorg\u2028West", "Zorg\u0007"}) {
            Run added = cli("provider", "add", "--data", data.toString(), "--agb", AGB, "--name", name);

            assertThat(added.exit()).as(name).isEqualTo(2);
            assertThat(added.out()).contains("stuurteken").doesNotContain("wsk_");
        }
        assertThat(Files.exists(data.resolve("providers.json"))
                ? Files.readString(data.resolve("providers.json")) : "").doesNotContain(AGB);
        assertThat(cli("provider", "add", "--data", data.toString(), "--agb", AGB, "--name", "Zorg West").exit()).isZero();
    }

    @Test
    void anUploadWithABsnInItsNameAndCellsPrintsItNowhere() throws Exception {
        Path data = work.resolve("data");
        String bsn = testBsn();
        Run added = cli("provider", "add", "--data", data.toString(), "--agb", AGB, "--name", "Zorg West");
        String key = added.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        Path file = work.resolve("client-" + bsn + ".csv");
        Files.writeString(file, "gemeente;datum;cijfer\n" + bsn + ";12-03-2025;8\n0479;" + bsn + ";8\n0479;12-03-2025;"
                + bsn + "\n", StandardCharsets.UTF_8);

        Run upload = cli("upload", "--data", data.toString(), "--provider", AGB, "--type", "cto", "--period", "2025",
                "--key", key, file.toString());

        assertThat(upload.exit()).isEqualTo(1);
        assertThat(upload.out()).contains("Afgewezen: 3 fouten").contains("client-*******" + bsn.substring(7) + ".csv")
                .doesNotContain(bsn);
    }

    private static String testBsn() {
        for (long n = 999_900_106L; ; n++) {
            if (Bsn.isValid(Long.toString(n))) {
                return Long.toString(n);
            }
        }
    }
}
