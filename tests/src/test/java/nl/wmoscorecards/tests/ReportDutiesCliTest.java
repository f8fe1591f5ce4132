package nl.wmoscorecards.tests;

import static nl.wmoscorecards.tests.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.tests.CliRunner.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report duties per contracting region, as a contract manager meets them on the command line: four providers,
 * each with one client in care in 2025 in another region. The yearly run (1 March) raises no report shortfall;
 * the daily check raises Midden-Limburg's production report the first working day after it fell due, once,
 * for Midden-Limburg's provider only: Zaanstreek-Waterland's contract starts in July 2026, DWO sets no report
 * duty yet and Brabant only monitors.
 */
@Tag("e2e")
class ReportDutiesCliTest {
    private static final String ZW = "10000001";
    private static final String ML = "10000002";
    private static final String BRABANT = "10000003";
    private static final String DWO = "10000004";
    private static final String ML_ESCALATION = "midden-limburg-2025-" + ML;

    @TempDir
    Path work;

    private static String[] with(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(data.toString());
        return all.toArray(String[]::new);
    }

    private static Run run(Path data, String... args) {
        Run run = cli(with(data, args));
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.out()).isZero();
        return run;
    }

    private Path events() throws Exception {
        List<String> lines = new ArrayList<>();
        String[][] clients = {{ZW, "0479", "999900006"}, {ML, "0957", "999900018"}, {BRABANT, "0828", "999900031"},
                {DWO, "0503", "999900043"}};
        int message = 0;
        for (String[] c : clients) {
            String allocation = "A" + c[0];
            lines.add("{\"type\":\"301\",\"messageId\":\"M" + (++message) + "\",\"sentAt\":\"2025-02-01T10:00:00Z\","
                    + "\"municipality\":\"" + c[1] + "\",\"provider\":\"" + c[0] + "\",\"allocationNumber\":\"" + allocation
                    + "\",\"bsn\":\"" + c[2] + "\",\"productCategory\":\"02\",\"productCode\":\"02A01\",\"startDate\":\"2025-02-03\"}");
            lines.add("{\"type\":\"305\",\"messageId\":\"M" + (++message) + "\",\"sentAt\":\"2025-02-12T10:00:00Z\","
                    + "\"municipality\":\"" + c[1] + "\",\"provider\":\"" + c[0] + "\",\"allocationNumber\":\"" + allocation
                    + "\",\"startDate\":\"2025-02-10\"}");
        }
        Path file = work.resolve("events.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aMissingReportEscalatesOnceTheFirstWorkingDayAfterItsDueDateInItsOwnRegionOnly() throws Exception {
        Path data = work.resolve("data");
        run(data, "ingest-events", events().toString());
        assertThat(run(data, "kpi-run", "--year", "2025", "--as-of", "2026-03-01").out())
                .contains("0 escalations raised or extended");

        // 1 March 2026 is a Sunday: the production report is due Monday 2 March and escalates Tuesday 3 March.
        assertThat(run(data, "escalation", "check-deadlines", "--today", "2026-03-02").out())
                .contains("0 escalations raised or extended for reports");
        assertThat(run(data, "report-status", "--year", "2025", "--as-of", "2026-03-02").out())
                .containsPattern(ML + " +productieverantwoording +2026-03-02 +nog niet verplicht - escaleert vanaf 2026-03-03 als niet geleverd");

        Run due = run(data, "escalation", "check-deadlines", "--today", "2026-03-03");
        assertThat(due.out()).contains(ML_ESCALATION + " signalled")
                .contains("1 escalations raised or extended for reports");
        // Once: the same day again, and any later day, raise nothing new.
        for (String day : List.of("2026-03-03", "2026-04-02", "2026-12-31")) {
            assertThat(run(data, "escalation", "check-deadlines", "--today", day).out()).as(day)
                    .contains("0 escalations raised or extended for reports");
        }

        String list = run(data, "escalation", "list").out();
        assertThat(list).contains(ML_ESCALATION).doesNotContain(ZW).doesNotContain(BRABANT).doesNotContain(DWO);
        assertThat(run(data, "escalation", "show", ML_ESCALATION).out())
                .contains("productieverantwoording").contains("2026-03-03");

        String status = run(data, "report-status", "--year", "2025", "--as-of", "2026-04-02").out();
        assertThat(status).contains("Zaanstreek-Waterland (zaanstreek-waterland): contract niet van kracht in 2025")
                .contains("Brabant Noordoost-oost (bno-oost): 0 rapportageplicht(en), alleen monitoring (geen escalatie)")
                .containsPattern(ML + " +productieverantwoording +2026-03-02 +niet geleverd - op de escalatieladder vanaf 2026-03-03")
                .doesNotContain(ZW).doesNotContain(BRABANT).doesNotContain(DWO);
    }

    @Test
    void aProviderInCareWithoutAnyKpiRowOwesTheRegionItsReportsAllTheSame() throws Exception {
        // Zaanstreek-Waterland's provider has one client, in care since 2025 and still in 2026: no allocation started
        // in the contract phase (from 1 July 2026), none was evaluated, no survey: no 2026 KPI has a population, so
        // the run stores no row for it. It owes the region its reports about 2026 all the same.
        Path file = work.resolve("in-care.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"type\":\"301\",\"messageId\":\"M1\",\"sentAt\":\"2025-02-01T10:00:00Z\",\"municipality\":\"0479\","
                        + "\"provider\":\"" + ZW + "\",\"allocationNumber\":\"A1\",\"bsn\":\"999900006\","
                        + "\"productCategory\":\"02\",\"productCode\":\"02A01\",\"startDate\":\"2025-02-03\"}",
                "{\"type\":\"305\",\"messageId\":\"M2\",\"sentAt\":\"2025-02-12T10:00:00Z\",\"municipality\":\"0479\","
                        + "\"provider\":\"" + ZW + "\",\"allocationNumber\":\"A1\",\"startDate\":\"2025-02-10\"}") + "\n",
                StandardCharsets.UTF_8);
        Path data = work.resolve("data");
        run(data, "ingest-events", file.toString());
        run(data, "kpi-run", "--year", "2026", "--as-of", "2027-03-01");
        String escalation = "zaanstreek-waterland-2026-" + ZW;
        try (LocalRuntime runtime = LocalRuntime.open(data)) {
            assertThat(runtime.stores().kpiResults().results(2026, "zaanstad-wormerland")).isEmpty();
            assertThat(runtime.stores().kpiResults().providersInCare(2026, "zaanstad-wormerland")).containsExactly(ZW);
            // Due Thursday 1 April 2027: a shortfall from Friday 2 April.
            assertThat(raised(runtime, "2027-04-01")).isEmpty();
            assertThat(raised(runtime, "2027-04-02")).singleElement().asString().startsWith(escalation + " [")
                    .contains("sroi").contains("klachten").contains("financieel-jaaroverzicht");
        }
        assertThat(run(data, "report-status", "--year", "2026", "--as-of", "2027-04-02").out())
                .containsPattern(ZW + " +sroi +2027-04-01 +niet geleverd - op de escalatieladder vanaf 2027-04-02");
    }

    private static void deliver(LocalRuntime runtime, String type, String completedAt) {
        Instant at = Instant.parse(completedAt);
        Upload pending = Upload.pending("u-" + type, ML, type, "2025", type + ".pdf", "application/pdf",
                "incoming/" + ML + "/" + type + "/2025/u-" + type + ".pdf", at.minusSeconds(60));
        runtime.uploadStore().create(pending);
        runtime.uploadStore().complete(pending.completed(UploadStatus.ACCEPTED, List.of(), 0, "h-" + type, at, null));
    }

    private static List<String> raised(LocalRuntime runtime, String today) {
        return UseCases.dailyCheck(runtime.config(), runtime.stores(), runtime.clock()).run(LocalDate.parse(today))
                .raised().stream().map(e -> e.id() + " " + e.shortfalls().stream().map(f -> f.subject()).toList()).toList();
    }

    @Test
    void aReportDeliveredAfterTheEscalationStillShowsAsLateAndRaisesNothingNew() throws Exception {
        Path data = work.resolve("data");
        run(data, "ingest-events", events().toString());
        run(data, "kpi-run", "--year", "2025", "--as-of", "2026-03-01");
        try (LocalRuntime runtime = LocalRuntime.open(data)) {
            assertThat(raised(runtime, "2026-03-03")).containsExactly(ML_ESCALATION + " [productieverantwoording]");

            // Delivered a week late (no rows: a production of € 0, so the board statement is owed by 1 April).
            deliver(runtime, "productieverantwoording", "2026-03-10T10:00:00Z");
            assertThat(raised(runtime, "2026-03-10")).isEmpty();
            assertThat(raised(runtime, "2026-04-01")).isEmpty();
            assertThat(raised(runtime, "2026-04-02"))
                    .containsExactly(ML_ESCALATION + " [productieverantwoording, bestuursverklaring]");
            deliver(runtime, "bestuursverklaring", "2026-04-08T10:00:00Z");
            assertThat(raised(runtime, "2026-04-08")).isEmpty();
            assertThat(raised(runtime, "2026-12-31")).isEmpty();
        }
        String status = run(data, "report-status", "--year", "2025", "--as-of", "2026-12-31").out();
        assertThat(status).containsPattern("productieverantwoording +2026-03-02 +te laat geleverd \\(2026-03-10\\)")
                .containsPattern("bestuursverklaring +2026-04-01 +te laat geleverd \\(2026-04-08\\)")
                .doesNotContain("accountantsverklaring");
        assertThat(run(data, "escalation", "list").out()).contains(ML_ESCALATION).contains("SIGNALLED")
                .doesNotContain(ZW).doesNotContain(BRABANT).doesNotContain(DWO);
    }
}
