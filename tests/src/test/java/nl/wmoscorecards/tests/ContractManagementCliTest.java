package nl.wmoscorecards.tests;

import static nl.wmoscorecards.tests.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.tests.CliRunner.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract manager records contract-management conversations and round-table attendance, and engages a third
 * party on an escalation in step 2, with the CLI.
 */
@Tag("e2e")
class ContractManagementCliTest {
    @TempDir
    Path work;

    private Run run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return cli(all);
    }

    @Test
    void conversationsAreRecordedWithTheirActionsAndListedPerYear() {
        Path data = work.resolve("data");
        Run recorded = run(data, "conversation", "record", "--region", "dwo", "--provider", "12345678", "--date", "2026-03-03",
                "--by", "J. de Vries", "--note", "wachtlijst besproken",
                "--action", "Wachtlijstcijfers aanleveren|zorgaanbieder|2026-04-01", "--action", "Toegang informeren");
        assertThat(recorded.exit()).isZero();
        assertThat(recorded.out()).contains("Recorded dwo-12345678-2026-03-03 (2 actions)");
        run(data, "conversation", "record", "--region", "dwo", "--provider", "12345678", "--date", "2025-11-03", "--by", "M. Bakker");

        Run listed = run(data, "conversation", "list", "--region", "dwo", "--year", "2026");
        assertThat(listed.out()).contains("Delft-Westland-Oostland 2026: 2 tot 4 a year")
                .contains("1 conversations in 2026:")
                .contains("2026-03-03  12345678  by J. de Vries: wachtlijst besproken")
                .contains("- Wachtlijstcijfers aanleveren, owner zorgaanbieder, by 2026-04-01")
                .contains("- Toegang informeren")
                .doesNotContain("2025-11-03");
    }

    @Test
    void aConversationWithAMalformedDeadlineOrAgbCodeIsRefusedAndNothingIsStored() {
        Path data = work.resolve("data");
        Run badDeadline = run(data, "conversation", "record", "--region", "dwo", "--provider", "12345678", "--by", "a",
                "--action", "Plan sturen|zorgaanbieder|1 april");
        assertThat(badDeadline.exit()).isEqualTo(1);
        assertThat(badDeadline.out()).contains("deadline '1 april' is not a date like 2026-04-01");
        Run badAgb = run(data, "conversation", "record", "--region", "dwo", "--provider", "1234", "--by", "a");
        assertThat(badAgb.out()).contains("Refused: provider must be an 8-digit AGB code");
        assertThat(run(data, "conversation", "list", "--region", "dwo", "--year", "2026").out()).contains("0 conversations in 2026");
    }

    @Test
    void attendanceIsRecordedAndAThirdMissLeavesTheProviderOut() {
        Path data = work.resolve("data");
        String[] dates = {"2026-02-03", "2026-05-05", "2026-09-08"};
        for (int i = 0; i < dates.length; i++) {
            Run recorded = run(data, "round-table-attendance", "record", "--region", "zaanstreek-waterland", "--date", dates[i],
                    "--topic", "Begeleiding", "--invited", "11111111,22222222", "--attended", "22222222",
                    "--excused", i == 0 ? "11111111" : "", "--by", "J. de Vries");
            assertThat(recorded.out()).contains("2 invited, 1 attended, 1 missed");
            Run listed = run(data, "round-table-attendance", "list", "--region", "zaanstreek-waterland", "--year", "2026");
            if (i < 2) {
                assertThat(listed.out()).contains("11111111").contains((i + 1) + " missed").doesNotContain("LEFT OUT");
            } else {
                assertThat(listed.out()).contains("3 missed, 2 without reason  LEFT OUT");
            }
        }
        Run notInvited = run(data, "round-table-attendance", "record", "--region", "zaanstreek-waterland", "--date", "2026-10-06",
                "--invited", "11111111", "--attended", "33333333", "--by", "J. de Vries");
        assertThat(notInvited.exit()).isEqualTo(1);
        assertThat(notInvited.out()).contains("33333333 attended round table").contains("not among the invited");
    }

    @Test
    void aThirdPartyIsEngagedInStepTwoAndRefusedInDutchInStepOne() throws Exception {
        Path data = work.resolve("data");
        String signalled = Escalation.idOf("dwo", 2026, "12345678");
        String planDue = Escalation.idOf("dwo", 2026, "87654321");
        try (LocalRuntime runtime = LocalRuntime.open(data)) {
            List<Shortfall> shortfalls = List.of(new Shortfall(Shortfall.REPORT, "sroi", null, "niet geleverd"));
            runtime.stores().escalations().save(new Escalation(signalled, "dwo", "12345678", 2026, EscalationState.SIGNALLED,
                    shortfalls, null, null, false, List.of(), 0));
            runtime.stores().escalations().save(new Escalation(planDue, "dwo", "87654321", 2026, EscalationState.PLAN_DUE,
                    shortfalls, LocalDate.of(2026, 5, 1), null, false, List.of(), 0));
        }

        Run refused = run(data, "escalation", "engage-third-party", signalled, "--party", "Zorg Anders BV", "--by", "M. Bakker");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("Een derde partij op kosten van de zorgaanbieder inschakelen kan alleen in stap 2")
                .contains("Nu toegestaan: record-conversation");

        Run engaged = run(data, "escalation", "engage-third-party", planDue, "--party", "Zorg Anders BV", "--date", "2026-04-20",
                "--by", "M. Bakker", "--reason", "continuïteit bestaande cliënten");
        assertThat(engaged.exit()).isZero();
        assertThat(engaged.out()).contains("PLAN_DUE").contains("third party engaged")
                .contains("2026-04-20  PLAN_DUE -> PLAN_DUE  engage-third-party by M. Bakker: third party engaged at the"
                        + " provider's cost: Zorg Anders BV: continuïteit bestaande cliënten");
    }
}
