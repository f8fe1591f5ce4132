package nl.wmoscorecards.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.run.EscalationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ladder of seed 001: every transition, the refusals, the deadlines and the rerun. */
class EscalationLadderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Shortfall START = new Shortfall(Shortfall.KPI, "start-within-6-weeks", "zaanstad-wormerland", "72.0 (onvoldoende)");
    private static final Shortfall SROI = new Shortfall(Shortfall.REPORT, "sroi", null, "niet geleverd");
    private static final EscalationTriggers.Subject SUBJECT = new EscalationTriggers.Subject("zaanstreek-waterland", "12345678");
    private static final String ID = "zaanstreek-waterland-2025-12345678";

    private final InMemoryEscalationStore store = new InMemoryEscalationStore();
    private final EscalationLadder ladder = new EscalationLadder(new WorkingDayDeadlines(), CLOCK);
    private final EscalationService service = new EscalationService(store, ladder);

    private Escalation raised() {
        service.raise(2025, Map.of(SUBJECT, List.of(START)), LocalDate.of(2026, 3, 1));
        return store.find(ID).orElseThrow();
    }

    @Test
    void aShortfallSignalsStepOneAndARerunChangesNothingButAddsNewShortfalls() {
        Escalation first = raised();
        assertThat(first.state()).isEqualTo(EscalationState.SIGNALLED);
        assertThat(first.history()).singleElement().satisfies(t -> {
            assertThat(t.decidedBy()).isEqualTo(EscalationService.RAISED_BY);
            assertThat(t.reason()).contains("start-within-6-weeks");
        });

        assertThat(service.raise(2025, Map.of(SUBJECT, List.of(START)), LocalDate.of(2026, 3, 2))).isEmpty();
        service.raise(2025, Map.of(SUBJECT, List.of(START, SROI)), LocalDate.of(2026, 4, 2));

        Escalation extended = store.find(ID).orElseThrow();
        assertThat(extended.shortfalls()).containsExactly(START, SROI);
        assertThat(extended.history()).hasSize(2);
        assertThat(extended.history().get(0)).isEqualTo(first.history().get(0));
    }

    @Test
    void fromSignalToResolutionEveryStepIsRecorded() {
        raised();
        service.act(ID, e -> ladder.recordConversation(e, LocalDate.of(2026, 3, 10), 14, true, "gesprek", "J. de Vries"));
        Escalation planDue = store.find(ID).orElseThrow();
        assertThat(planDue.state()).isEqualTo(EscalationState.PLAN_DUE);
        assertThat(planDue.planDue()).isEqualTo(LocalDate.of(2026, 3, 24));

        service.act(ID, e -> ladder.clientStop(e, LocalDate.of(2026, 3, 11), true, null, "J. de Vries"));
        service.act(ID, e -> ladder.recordPlan(e, LocalDate.of(2026, 3, 20), null, "J. de Vries"));
        service.act(ID, e -> ladder.assessPlan(e, LocalDate.of(2026, 3, 25), true, LocalDate.of(2026, 6, 30), null, "M. Bakker"));
        Escalation resolved = service.act(ID, e -> ladder.resolve(e, LocalDate.of(2026, 6, 15), "verbeteringen gerapporteerd", "M. Bakker"));

        assertThat(resolved.state()).isEqualTo(EscalationState.RESOLVED);
        assertThat(resolved.clientStop()).isFalse();
        assertThat(resolved.history()).extracting(Transition::to).containsExactly(EscalationState.SIGNALLED,
                EscalationState.PLAN_DUE, EscalationState.PLAN_DUE, EscalationState.PLAN_DELIVERED,
                EscalationState.IMPROVING, EscalationState.RESOLVED);
        assertThat(resolved.history()).extracting(Transition::decidedBy).doesNotContainNull();
    }

    @Test
    void whenImprovementIsImpossibleTheConversationGoesStraightToStepThree() {
        raised();
        Escalation e = service.act(ID, x -> ladder.recordConversation(x, LocalDate.of(2026, 3, 10), 14, false,
                "aanbieder kan niet op tijd verbeteren", "J. de Vries"));
        assertThat(e.state()).isEqualTo(EscalationState.DEFAULTED);
        assertThat(e.state().step()).isEqualTo(3);
    }

    @Test
    void anInsufficientPlanIsStepThree() {
        raised();
        service.act(ID, e -> ladder.recordConversation(e, LocalDate.of(2026, 3, 10), 14, true, null, "a"));
        service.act(ID, e -> ladder.recordPlan(e, LocalDate.of(2026, 3, 20), null, "a"));
        assertThat(service.act(ID, e -> ladder.assessPlan(e, LocalDate.of(2026, 3, 21), false, null, "onvoldoende plan", "a")).state())
                .isEqualTo(EscalationState.DEFAULTED);
    }

    @Test
    void aStepTheLadderDoesNotAllowIsRefusedNamingTheAllowedOnes() {
        raised();
        assertThatThrownBy(() -> service.act(ID, e -> ladder.resolve(e, LocalDate.of(2026, 3, 2), null, "a")))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("'resolve' is not allowed")
                .hasMessageContaining("allowed now: record-conversation");
        assertThat(store.find(ID).orElseThrow().history()).hasSize(1);
    }

    @Test
    void theDailyCheckDefaultsAMissedPlanTheDayAfterItsDeadline() {
        raised();
        service.act(ID, e -> ladder.recordConversation(e, LocalDate.of(2026, 3, 10), 14, true, null, "a"));
        assertThat(service.checkDeadlines(LocalDate.of(2026, 3, 24))).isEmpty();
        List<Escalation> moved = service.checkDeadlines(LocalDate.of(2026, 3, 25));
        assertThat(moved).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(EscalationState.DEFAULTED);
            assertThat(e.history().get(e.history().size() - 1).decidedBy()).isEqualTo(EscalationLadder.SYSTEM);
        });
        assertThat(service.checkDeadlines(LocalDate.of(2026, 3, 26))).isEmpty();
    }

    @Test
    void theDailyCheckDefaultsUnrealisedImprovements() {
        raised();
        service.act(ID, e -> ladder.recordConversation(e, LocalDate.of(2026, 3, 10), 14, true, null, "a"));
        service.act(ID, e -> ladder.recordPlan(e, LocalDate.of(2026, 3, 20), null, "a"));
        service.act(ID, e -> ladder.assessPlan(e, LocalDate.of(2026, 3, 21), true, LocalDate.of(2026, 5, 29), null, "a"));
        assertThat(service.checkDeadlines(LocalDate.of(2026, 5, 29))).isEmpty();
        assertThat(service.checkDeadlines(LocalDate.of(2026, 6, 1))).extracting(Escalation::state)
                .containsExactly(EscalationState.DEFAULTED);
    }

    @Test
    void aDeadlineOnAWeekendRunsToMonday() {
        raised();
        // 2026-03-14 is a Saturday: 14 days later is Saturday 28 March, so the plan is due Monday 30 March.
        Escalation e = service.act(ID, x -> ladder.recordConversation(x, LocalDate.of(2026, 3, 14), 14, true, null, "a"));
        assertThat(e.planDue()).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @ParameterizedTest(name = "conversation {0} + {1} days -> due {2}")
    @CsvSource({
            "2026-03-19, 14, 2026-04-02",  // a Thursday: the term ends as it is
            "2026-03-23, 14, 2026-04-07",  // ends on Easter Monday 6 April: runs to Tuesday
            "2026-04-13, 14, 2026-04-28",  // ends on King's Day, Monday 27 April 2026
            "2025-04-12, 14, 2025-04-28",  // ends on Saturday 26 April 2025, King's Day: runs to Monday 28
            "2026-12-11, 14, 2026-12-28",  // ends on Christmas Day, a Friday: past Boxing Day and Sunday to Monday 28
            "2026-12-18, 14, 2027-01-04",  // ends on New Year's Day 2027, a Friday: across the year to Monday 4 January
    })
    void aDeadlineOnAWeekendOrDutchPublicHolidayRunsToTheNextWorkingDay(LocalDate conversation, int days, LocalDate due) {
        raised();
        assertThat(service.act(ID, x -> ladder.recordConversation(x, conversation, days, true, null, "a")).planDue())
                .isEqualTo(due);
    }

    @Test
    void twoContractManagersActingAtOnceCannotBothWin() {
        Escalation read = raised();
        service.act(ID, e -> ladder.recordConversation(e, LocalDate.of(2026, 3, 10), 14, true, null, "a"));
        assertThatThrownBy(() -> store.save(ladder.recordConversation(read, LocalDate.of(2026, 3, 11), 7, true, null, "b")))
                .isInstanceOf(EscalationStore.ConcurrentChange.class);
    }

    @Test
    void aThirdPartyAtTheProvidersCostIsAStepTwoMeasureKeptInTheHistory() {
        raised();
        service.act(ID, e -> ladder.recordConversation(e, LocalDate.of(2026, 3, 10), 14, true, null, "J. de Vries"));

        Escalation engaged = service.act(ID, e -> ladder.engageThirdParty(e, LocalDate.of(2026, 3, 12), "Zorg Anders BV",
                "continuïteit bestaande cliënten", "M. Bakker"));

        assertThat(engaged.state()).isEqualTo(EscalationState.PLAN_DUE);
        assertThat(engaged.planDue()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(engaged.thirdPartyEngagements()).singleElement().satisfies(t -> {
            assertThat(t.date()).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(t.decidedBy()).isEqualTo("M. Bakker");
            assertThat(t.reason()).contains("Zorg Anders BV").contains("continuïteit bestaande cliënten");
        });
        assertThat(EscalationLadder.allowedActions(EscalationState.IMPROVING)).contains(EscalationLadder.THIRD_PARTY);
    }

    @ParameterizedTest(name = "refused in {0}")
    @CsvSource({"SIGNALLED, stap 1", "RESOLVED, opgelost", "DEFAULTED, stap 3"})
    void aThirdPartyIsRefusedOutsideStepTwoInDutch(EscalationState state, String label) {
        Escalation e = new Escalation(ID, "zaanstreek-waterland", "12345678", 2025, state, List.of(START), null, null,
                false, List.of(), 1);
        assertThatThrownBy(() -> ladder.engageThirdParty(e, LocalDate.of(2026, 3, 12), "Zorg Anders BV", null, "M. Bakker"))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("derde partij op kosten van de zorgaanbieder inschakelen kan alleen in stap 2")
                .hasMessageContaining("staat in " + label);
    }

    @Test
    void aThirdPartyIsRefusedOnTheStepOneEscalationAndLeavesItsHistoryAlone() {
        raised();
        assertThatThrownBy(() -> service.act(ID, e -> ladder.engageThirdParty(e, LocalDate.of(2026, 3, 2), "Zorg Anders BV",
                null, "M. Bakker"))).isInstanceOf(TransitionRefused.class).hasMessageContaining("Nu toegestaan: record-conversation");
        assertThat(store.find(ID).orElseThrow().history()).hasSize(1);
    }
}
