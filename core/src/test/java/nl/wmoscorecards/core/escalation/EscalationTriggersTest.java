package nl.wmoscorecards.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;

class EscalationTriggersTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final RegionCatalog REGIONS = CONFIG.regions();
    private static final LocalDate DUE = LocalDate.of(2026, 4, 1);

    private static KpiResult result(String region, String provider, String kpi, double value, Band band) {
        return new KpiResult(2025, region, provider, kpi, null, value, BigDecimal.ONE, 1, 12, null, band, Map.of(), null);
    }

    private static Map<EscalationTriggers.Subject, List<Shortfall>> find(List<KpiResult> results,
            Map<String, List<ReportDelivery>> deliveries, List<EscalationTriggers.DossierAudit> audits) {
        return find(results, deliveries, audits, LocalDate.of(2026, 3, 1));
    }

    private static Map<EscalationTriggers.Subject, List<Shortfall>> find(List<KpiResult> results,
            Map<String, List<ReportDelivery>> deliveries, List<EscalationTriggers.DossierAudit> audits, LocalDate asOf) {
        KpiRun run = new KpiRun(2025, asOf, Instant.EPOCH, results);
        return EscalationTriggers.find(run, REGIONS, CONFIG.performanceAgreements(), deliveries, audits);
    }

    @Test
    void kpisBelowTheirNormTriggerOncePerProviderAndContractingRegionMonitoredOnesNever() {
        var found = find(List.of(
                result("zaanstad-wormerland", "11111111", "start-within-6-weeks", 72.0, Band.INSUFFICIENT),
                result("purmerend-edam-volendam", "11111111", "client-satisfaction", 8.1, Band.NOT_ACHIEVED),
                result("zaanstad-wormerland", "11111111", "result-achieved", 70.0, Band.SUFFICIENT),
                result("dwo", "11111111", "start-within-6-weeks", 10.0, null)), Map.of(), List.of());
        assertThat(found).containsOnlyKeys(new EscalationTriggers.Subject("zaanstreek-waterland", "11111111"));
        assertThat(found.values().iterator().next()).extracting(Shortfall::subject)
                .containsExactly("start-within-6-weeks", "client-satisfaction");
    }

    @Test
    void aRegionWithoutAnEscalationLadderShowsItsNormedKpisButNeverEscalatesThem() {
        // Brabant Noordoost-oost (seed 003) monitors; its transformation 2% has a norm, not a ladder.
        var found = find(List.of(
                result("bno-oost", "11111111", "transformation-spend", 1.2, Band.NOT_ACHIEVED),
                result("zaanstad-wormerland", "22222222", "start-within-6-weeks", 72.0, Band.INSUFFICIENT)),
                Map.of(), List.of());
        assertThat(found).containsOnlyKeys(new EscalationTriggers.Subject("zaanstreek-waterland", "22222222"));
    }

    private static ReportDelivery delivery(String region, String type, DeliveryState state, LocalDate escalatesOn) {
        return new ReportDelivery("11111111", type, 2025, DUE, state, null, null, region, escalatesOn);
    }

    @Test
    void aReportShortfallEscalatesOnlyInTheRegionWhoseDutyItIsFromItsEscalationDate() {
        // The provider has results in Zaanstreek-Waterland and DWO; the missing report is Midden-Limburg's duty.
        List<KpiResult> results = List.of(result("zaanstad-wormerland", "11111111", "result-achieved", 90.0, Band.GOOD),
                result("dwo", "11111111", "result-achieved", 90.0, null));
        var deliveries = Map.of("11111111", List.of(
                delivery("midden-limburg", "productieverantwoording", DeliveryState.MISSING, DUE.plusDays(1)),
                delivery("midden-limburg", "accountantsverklaring", DeliveryState.DELIVERED, DUE.plusDays(1))));
        assertThat(find(results, deliveries, List.of(), DUE)).isEmpty();
        var found = find(results, deliveries, List.of(), DUE.plusDays(1));
        assertThat(found).containsOnlyKeys(new EscalationTriggers.Subject("midden-limburg", "11111111"));
        assertThat(found.values().iterator().next()).extracting(Shortfall::kind, Shortfall::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Shortfall.REPORT, "productieverantwoording"));
    }

    @Test
    void aShortfallInARegionThatOnlyMonitorsNeverEscalates() {
        var deliveries = Map.of("11111111", List.of(delivery("bno-oost", "sroi", DeliveryState.MISSING, null)));
        assertThat(find(List.of(result("bno-oost", "11111111", "inflow", 10.0, null)), deliveries, List.of(),
                LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @Test
    void aFailingDossierAuditEscalatesOnlyWhereTheAgreementsMakeItAShortfall() {
        List<KpiResult> results = List.of(result("zaanstad-wormerland", "11111111", "result-achieved", 90.0, Band.GOOD),
                result("dwo", "11111111", "result-achieved", 90.0, null),
                result("bno-oost", "11111111", "inflow", 10.0, null));
        var found = find(results, Map.of(), List.of(new EscalationTriggers.DossierAudit("11111111", 20, 3, 0)));
        assertThat(found).containsOnlyKeys(new EscalationTriggers.Subject("zaanstreek-waterland", "11111111"));
        assertThat(found.values().iterator().next()).extracting(Shortfall::kind).containsExactly(Shortfall.DOSSIER);
    }

    @Test
    void exactlyTenPercentFailingDossiersIsNotMoreThanTen() {
        assertThat(EscalationTriggers.overTenPercent(2, 20)).isFalse();
        assertThat(EscalationTriggers.overTenPercent(3, 20)).isTrue();
    }
}
