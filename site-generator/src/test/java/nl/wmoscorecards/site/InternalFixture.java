package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.SiteFixture.JUST_BELOW;
import static nl.wmoscorecards.site.SiteFixture.ON_THE_NORM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.site.ContractDossier;
import nl.wmoscorecards.core.contract.ConversationFrequency;
import nl.wmoscorecards.core.contract.RoundTableAttendance;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.contract.RoundTablePlanner.Exclusion;
import nl.wmoscorecards.core.contract.RoundTablePlanner.Invitation;
import nl.wmoscorecards.core.contract.SizeClass;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.core.region.ConversationsPerYear;

/**
 * Internal data for the fixture site: report delivery, an open escalation with client stop and a third party
 * (a provider with markup in its name), a resolved one, an open one of a provider on no scorecard (it gets a page for its escalation), a round table
 * with its attendance and a provider left out, the contract-management conversations of 2025 (one provider
 * without any) and a dossier.
 */
final class InternalFixture {
    static final String REGION = "zaanstreek-waterland";
    static final String NO_SCORECARD = "99999999";
    static final String OPEN_ID = Escalation.idOf(REGION, 2025, JUST_BELOW);
    static final String CLOSED_ID = Escalation.idOf(REGION, 2024, ON_THE_NORM);
    static final String NO_SCORECARD_ID = Escalation.idOf(REGION, 2025, NO_SCORECARD);
    static final Instant RECORDED = Instant.parse("2026-04-02T08:00:00Z");

    private InternalFixture() {
    }

    static InternalData data() {
        List<ReportDelivery> deliveries = List.of(
                new ReportDelivery(ON_THE_NORM, "klachten", 2025, LocalDate.of(2026, 4, 1), DeliveryState.MISSING, null, null),
                new ReportDelivery(ON_THE_NORM, "cto", 2025, LocalDate.of(2026, 4, 1), DeliveryState.LATE, "u-1",
                        LocalDate.of(2026, 5, 2)));
        List<Escalation> escalations = List.of(open(), closed(), noScorecard());
        String dossier = new ContractDossier(SiteFixture.CONFIG).render(ON_THE_NORM, "Zorg Waterland", 2025,
                LocalDate.of(2026, 4, 2), SiteFixture.run2025().results().stream()
                        .filter(r -> r.provider().equals(ON_THE_NORM)).toList(), deliveries, List.of(closed()));
        List<RoundTableMeeting> held = List.of(
                meeting(LocalDate.of(2025, 3, 4), Set.of(JUST_BELOW), Set.of()),
                meeting(LocalDate.of(2025, 6, 3), Set.of(JUST_BELOW, ON_THE_NORM), Set.of()),
                meeting(LocalDate.of(2025, 10, 7), Set.of(JUST_BELOW), Set.of(SiteFixture.SMALL)));
        var absences = RoundTableAttendance.absences(held, 2025);
        return new InternalData(Map.of(ON_THE_NORM, deliveries), escalations,
                List.of(new InternalData.RoundTable(REGION, 2025, 3, List.of(
                        new Invitation(JUST_BELOW, SizeClass.LARGE, SiteFixture.PURMEREND, 120),
                        new Invitation(ON_THE_NORM, SizeClass.MEDIUM, SiteFixture.PURMEREND, 45)),
                        List.of(new Exclusion(SiteFixture.SMALL, SizeClass.SMALL, SiteFixture.ZAANSTAD, 8,
                                absences.get(SiteFixture.SMALL))), absences, held)),
                List.of(new InternalData.Dossier(ON_THE_NORM, 2025, dossier)),
                List.of(conversations2025()));
    }

    /** SMALL misses all three (the last excused), ON_THE_NORM misses the first and the last without a reason. */
    private static RoundTableMeeting meeting(LocalDate date, Set<String> attended, Set<String> excused) {
        return new RoundTableMeeting(RoundTableMeeting.idOf(REGION, date, "Begeleiding"), REGION, date, "Begeleiding",
                Set.of(JUST_BELOW, ON_THE_NORM, SiteFixture.SMALL), attended, excused, "j.jansen");
    }

    /** Zaanstreek-Waterland, at least one a year: ON_THE_NORM had one, JUST_BELOW none. */
    static InternalData.Conversations conversations2025() {
        ConversationsPerYear one = new ConversationsPerYear(1, null);
        List<ContractConversation> held = List.of(new ContractConversation(
                ContractConversation.idOf(REGION, ON_THE_NORM, LocalDate.of(2025, 5, 13), 1), LocalDate.of(2025, 5, 13),
                REGION, ON_THE_NORM, "j.jansen", "wachtlijst besproken",
                List.of(new ContractConversation.Action("Wachtlijstcijfers aanleveren", "zorgaanbieder", LocalDate.of(2025, 6, 1)))));
        return new InternalData.Conversations(REGION, 2025, one,
                ConversationFrequency.counts(one, 2025, List.of(JUST_BELOW, ON_THE_NORM), held), held, true);
    }

    static Escalation open() {
        return new Escalation(OPEN_ID, REGION, JUST_BELOW, 2025, EscalationState.PLAN_DUE,
                List.of(new Shortfall(Shortfall.KPI, "result-achieved", SiteFixture.PURMEREND, "52.9 (onvoldoende)")),
                LocalDate.of(2026, 6, 1), null, true, List.of(
                new Transition(LocalDate.of(2026, 4, 1), null, EscalationState.SIGNALLED, "signal",
                        "kpi result-achieved in purmerend-edam-volendam: 64.95% (insufficient)", "kpi-run", RECORDED),
                new Transition(LocalDate.of(2026, 4, 15), EscalationState.SIGNALLED, EscalationState.PLAN_DUE,
                        "record-conversation", "improvement plan due 2026-06-01", "j.jansen", RECORDED),
                new Transition(LocalDate.of(2026, 4, 20), EscalationState.PLAN_DUE, EscalationState.PLAN_DUE,
                        "engage-third-party", "third party engaged at the provider's cost: Zorg Anders BV", "m.bakker",
                        RECORDED)), 4);
    }

    static Escalation closed() {
        return new Escalation(CLOSED_ID, REGION, ON_THE_NORM, 2024, EscalationState.RESOLVED,
                List.of(new Shortfall(Shortfall.REPORT, "klachten", null, "missing")), null,
                LocalDate.of(2025, 10, 1), false, List.of(
                new Transition(LocalDate.of(2025, 4, 1), null, EscalationState.SIGNALLED, "signal", "report klachten",
                        "kpi-run", RECORDED),
                new Transition(LocalDate.of(2025, 9, 20), EscalationState.IMPROVING, EscalationState.RESOLVED,
                        "resolve", "improvements realised and reported", "j.jansen", RECORDED)), 5);
    }

    static Escalation noScorecard() {
        return new Escalation(NO_SCORECARD_ID, REGION, NO_SCORECARD, 2025, EscalationState.SIGNALLED,
                List.of(new Shortfall(Shortfall.DOSSIER, "dossiercontrole-2025", null, "3 of 20 dossiers failing")),
                null, null, false, List.of(new Transition(LocalDate.of(2026, 4, 1), null, EscalationState.SIGNALLED,
                "signal", "dossier audit", "m.devries", RECORDED)), 1);
    }
}
