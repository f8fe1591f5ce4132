package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationLadder;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import org.junit.jupiter.api.Test;

class ContractDossierTest {
    @Test
    void theAgendaIsPrefilledWithResultsDeliveriesEscalationsAndTheirActions() {
        KpiResult start = new KpiResult(2025, "zaanstad-wormerland", "12345678", "start-within-6-weeks", null,
                72.45, BigDecimal.ONE, 1, 20, null, Band.INSUFFICIENT, Map.of(), null);
        ReportDelivery sroi = new ReportDelivery("12345678", "sroi", 2025, LocalDate.of(2026, 4, 1), DeliveryState.MISSING, null, null);
        Escalation open = new Escalation("zaanstreek-waterland-2025-12345678", "zaanstreek-waterland", "12345678", 2025,
                EscalationState.PLAN_DUE, List.of(new Shortfall(Shortfall.KPI, "start-within-6-weeks", "zaanstad-wormerland", "72.5")),
                LocalDate.of(2026, 4, 28), null, true, List.of(), 3);

        String md = new ContractDossier(ConfigLoader.fromClasspath()).render("12345678", "Zorg <&> Co", 2025,
                LocalDate.of(2026, 4, 15), List.of(start), List.of(sroi), List.of(open));

        assertThat(md).contains("# Contractmanagementgesprek Zorg <&> Co (AGB 12345678) - 2025")
                .contains("| Zaanstad/Wormerland | Continuïteit van ondersteuning (start zorg) | 72,5 | onvoldoende |")
                .contains("| SROI-rapportage | 2026-04-01 | niet geleverd |")
                .contains("stap 2: verbeterplan gevraagd, cliëntenstop")
                .contains("| Verbeterplan opleveren (zaanstreek-waterland-2025-12345678) | zorgaanbieder | 2026-04-28 |")
                .contains("## 10. Rondvraag en afspraken")
                .contains("Niet openbaar");
    }

    @Test
    void thePreviousConversationAndItsActionsOpenTheAgendaAndAThirdPartyIsNamed() {
        List<ContractConversation> conversations = List.of(
                new ContractConversation("dwo-12345678-2025-03-04", LocalDate.of(2025, 3, 4), "dwo", "12345678", "J. de Vries",
                        "eerste gesprek", List.of(new ContractConversation.Action("Oude actie", null, null))),
                new ContractConversation("dwo-12345678-2025-10-07", LocalDate.of(2025, 10, 7), "dwo", "12345678", "M. Bakker",
                        "wachtlijst | personeel", List.of(new ContractConversation.Action("Wachtlijstcijfers <aanleveren>",
                        "zorgaanbieder", LocalDate.of(2025, 11, 1)), new ContractConversation.Action("Toegang informeren", null, null))),
                new ContractConversation("dwo-12345678-2026-05-01", LocalDate.of(2026, 5, 1), "dwo", "12345678", "M. Bakker",
                        "na de peildatum", List.of()));
        Escalation thirdParty = new Escalation("dwo-2025-12345678", "dwo", "12345678", 2025, EscalationState.IMPROVING,
                List.of(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), false, List.of(new Transition(LocalDate.of(2026, 3, 20),
                EscalationState.IMPROVING, EscalationState.IMPROVING, EscalationLadder.THIRD_PARTY, "Zorg Anders BV", "M. Bakker",
                java.time.Instant.EPOCH)), 2);

        String md = new ContractDossier(ConfigLoader.fromClasspath()).render("12345678", "Zorg", 2025,
                LocalDate.of(2026, 4, 15), List.of(), List.of(), List.of(thirdParty), conversations);

        assertThat(md).contains("  - Vorig gesprek: 2025-10-07 (dwo, M. Bakker): wachtlijst \\| personeel")
                .contains("- Contractmanagementgesprekken gevoerd in 2025: 2")
                .contains("| Wachtlijstcijfers &lt;aanleveren&gt; (gesprek 2025-10-07) | zorgaanbieder | 2025-11-01 |")
                .contains("| Toegang informeren (gesprek 2025-10-07) | - | - |")
                .contains("stap 2: verbeteringen in uitvoering, derde partij ingeschakeld op kosten van de zorgaanbieder")
                .doesNotContain("Oude actie").doesNotContain("na de peildatum");
    }
}
