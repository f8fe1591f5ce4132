package nl.wmoscorecards.tests;

import static nl.wmoscorecards.tests.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.wmoscorecards.tests.CliRunner.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract manager walks the escalation a failing KPI raised, with the CLI, from signal to resolution. */
@Tag("e2e")
class EscalationCliTest {
    private static final String ID = "zaanstreek-waterland-2027-" + Scenario.BIG;
    @TempDir
    Path work;

    private Run escalation(Path data, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "escalation";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return cli(all);
    }

    @Test
    void aFailingKpiRaisesAnEscalationThatIsWalkedToResolution() throws Exception {
        Path data = work.resolve("data");
        cli("ingest-events", "--data", data.toString(), Scenario.lateStarts().write(work.resolve("e.jsonl")).toString());
        Run run = cli("kpi-run", "--data", data.toString(), "--year", "2027", "--as-of", "2028-03-01");
        assertThat(run.out()).contains("1 escalations raised or extended");
        assertThat(cli("kpi-run", "--data", data.toString(), "--year", "2027", "--as-of", "2028-03-01").out())
                .contains("0 escalations raised or extended");

        assertThat(escalation(data, "list").out()).contains(ID).contains("SIGNALLED");
        assertThat(escalation(data, "show", ID).out()).contains("kpi start-within-6-weeks in zaanstad-wormerland: 50.0 (onvoldoende)")
                .contains("allowed next: record-conversation");

        Run refused = escalation(data, "resolve", ID, "--by", "J. de Vries");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("allowed now: record-conversation");

        assertThat(escalation(data, "record-conversation", ID, "--date", "2028-03-09", "--by", "J. de Vries",
                "--reason", "gesprek gevoerd, brief verstuurd").out()).contains("plan due 2028-03-23");
        assertThat(escalation(data, "client-stop", ID, "--on", "--date", "2028-03-09", "--by", "J. de Vries").out())
                .contains("client stop");
        assertThat(escalation(data, "record-plan", ID, "--date", "2028-03-20", "--by", "J. de Vries").exit()).isZero();
        assertThat(escalation(data, "assess-plan", ID, "--sufficient", "2028-06-30", "--date", "2028-03-27",
                "--by", "M. Bakker").out()).contains("improvements due 2028-06-30");
        assertThat(escalation(data, "check-deadlines", "--today", "2028-06-30").out()).contains("0 escalations moved");
        Run resolved = escalation(data, "resolve", ID, "--date", "2028-06-29", "--by", "M. Bakker", "--reason", "starttijden op orde");
        assertThat(resolved.out()).contains("RESOLVED").contains("resolve by M. Bakker: starttijden op orde")
                .contains("signal by kpi-run");
    }

    @Test
    void aMissedPlanDeadlineMovesTheEscalationToDefaultByItself() throws Exception {
        Path data = work.resolve("data");
        cli("ingest-events", "--data", data.toString(), Scenario.lateStarts().write(work.resolve("e.jsonl")).toString());
        cli("kpi-run", "--data", data.toString(), "--year", "2027", "--as-of", "2028-03-01");
        escalation(data, "record-conversation", ID, "--date", "2028-03-09", "--by", "J. de Vries");

        Run check = escalation(data, "check-deadlines", "--today", "2028-03-24");
        assertThat(check.out()).contains(ID + " -> DEFAULTED: no improvement plan delivered by 2028-03-23");
        assertThat(escalation(data, "show", ID).out()).contains("deadline-check by system");
    }
}
