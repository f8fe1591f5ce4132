package nl.wmoscorecards.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ladder's steps as the browser's forms offer them, and the Dutch refusal a contract manager reads. */
class LadderActionEscalationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final EscalationLadder ladder = new EscalationLadder(new WorkingDayDeadlines(), CLOCK);

    private Escalation signalled() {
        return ladder.signal(null, "zaanstreek-waterland-2025-12345678", "zaanstreek-waterland", "12345678", 2025,
                List.of(new Shortfall(Shortfall.KPI, "result-achieved", null, "60.0 (onvoldoende)")),
                LocalDate.of(2026, 3, 1), "kpi-run");
    }

    @ParameterizedTest
    @EnumSource(EscalationState.class)
    void theFormsOfferExactlyTheStepsTheLadderAllows(EscalationState state) {
        assertThat(LadderAction.allowedIn(state)).extracting(LadderAction::id)
                .containsExactlyInAnyOrderElementsOf(EscalationLadder.allowedActions(state));
    }

    @Test
    void aRefusedStepSaysInDutchWhereTheEscalationStandsAndWhatIsAllowedNow() {
        Escalation planDue = ladder.recordConversation(signalled(), LocalDate.of(2026, 3, 2), 14, true, null, "Anna");

        assertThat(LadderAction.RECORD_CONVERSATION.refusalIn(planDue)).isEqualTo("Dit kan nu niet: 'Escalatiegesprek"
                + " vastleggen' is niet toegestaan voor escalatie zaanstreek-waterland-2025-12345678, die staat in stap 2:"
                + " verbeterplan gevraagd. Nu toegestaan: Verbeterplan ontvangen, Cliëntenstop instellen of opheffen,"
                + " Derde partij inschakelen, In verzuim verklaren.");
        Escalation closed = ladder.declareDefault(planDue, LocalDate.of(2026, 3, 3), null, "Anna");
        assertThat(LadderAction.RESOLVE.refusalIn(closed)).endsWith("Nu toegestaan: niets (de escalatie is gesloten).");
    }

    @Test
    void everyStepIsFoundByTheNameTheHistoryKeeps() {
        for (LadderAction action : LadderAction.values()) {
            assertThat(LadderAction.of(action.id())).contains(action);
        }
        assertThat(LadderAction.of("signal")).isEmpty();
        assertThat(LadderAction.of("deadline-check")).isEmpty();
    }
}
