package nl.wmoscorecards.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/report-duties.yaml: each region's duties as its own document states them, and typos fail loudly. */
class ReportDutiesConfigTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();

    @Test
    void middenLimburgDemandsItsProductionReportAndAStatementByTheThresholdOfSeed004() {
        PerformanceAgreement ml = CONFIG.performanceAgreements().of("midden-limburg");
        assertThat(ml.escalates()).isTrue();
        assertThat(ml.reportDuties()).extracting(ReportDuty::reportType, ReportDuty::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple("productieverantwoording", "03-01"),
                org.assertj.core.groups.Tuple.tuple("accountantsverklaring", "04-01"),
                org.assertj.core.groups.Tuple.tuple("bestuursverklaring", "04-01"));
        assertThat(ml.reportDuties().get(1).threshold().above()).isEqualByComparingTo(new BigDecimal("125000"));
        assertThat(ml.reportDuties().get(2).threshold().atMost()).isEqualByComparingTo(new BigDecimal("125000"));
    }

    @Test
    void brabantHasNoLadderAndOnlyZaanstreekWaterlandEscalatesDossierAudits() {
        assertThat(CONFIG.performanceAgreements().of("bno-oost").escalates()).isFalse();
        assertThat(CONFIG.performanceAgreements().agreements()).filteredOn(PerformanceAgreement::dossierAudit)
                .extracting(PerformanceAgreement::contractingRegion).containsExactly("zaanstreek-waterland");
    }

    @Test
    void aDutyNamingAnUnknownReportTypeFailsNamingTheFile(@TempDir Path folder) throws IOException {
        assertDutyRefused(folder, "{reportType: klachtenrapport, frequency: YEARLY, due: \"04-01\"}", "klachtenrapport");
    }

    @Test
    void aDueDateThatIsNotAMonthAndDayFails(@TempDir Path folder) throws IOException {
        assertDutyRefused(folder, "{reportType: klachten, frequency: YEARLY, due: \"1 april\"}", "MM-DD");
    }

    @Test
    void aFolderWithoutItsOwnDutiesTakesTheShippedOnesOfItsRegions(@TempDir Path folder) throws IOException {
        copyShippedConfig(folder);
        assertThat(ConfigLoader.fromFolder(folder).performanceAgreements().of("zaanstreek-waterland").reportDuties())
                .hasSize(8);
    }

    /** Overwrites the shipped duties with one region holding only this duty, and expects loading to fail. */
    private static void assertDutyRefused(Path folder, String duty, String expectedInMessage) throws IOException {
        copyShippedConfig(folder);
        Files.writeString(folder.resolve("report-duties.yaml"), """
                performanceAgreements:
                  - contractingRegion: dwo
                    escalates: true
                    reportDuties:
                      - %s
                """.formatted(duty));
        assertThatThrownBy(() -> ConfigLoader.fromFolder(folder))
                .hasMessageContaining("config/report-duties.yaml").hasMessageContaining(expectedInMessage);
    }

    private static void copyShippedConfig(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("kpis"));
        List<String> files = new java.util.ArrayList<>(List.of("regions.yaml", "report-types.yaml"));
        CONFIG.regions().contractingRegions().forEach(r -> files.add("kpis/" + r.id() + ".yaml"));
        for (String file : files) {
            try (InputStream in = ConfigLoader.class.getResourceAsStream("/config/" + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
    }
}
