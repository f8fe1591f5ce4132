package nl.wmoscorecards.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.RegionCatalog;
import nl.wmoscorecards.core.report.DeliveryState;
import nl.wmoscorecards.core.report.ReportDelivery;
import org.junit.jupiter.api.Test;

class EscalationTriggersTest {
    private static final RegionCatalog REGIONS = ConfigLoader.fromClasspath().regions();

    private static KpiResult result(String region, String provider, String kpi, double value, String band) {
        return new KpiResult(2025, region, provider, kpi, null, value, BigDecimal.ONE, 1, 12, null, band, Map.of(), null);
    }

    private static Map<EscalationTriggers.Subject, List<Shortfall>> find(List<KpiResult> results,
            Map<String, List<ReportDelivery>> deliveries, List<EscalationTriggers.DossierAudit> audits) {
        KpiRun run = new KpiRun(2025, LocalDate.of(2026, 3, 1), Instant.EPOCH, results);
        return EscalationTriggers.find(run, REGIONS, deliveries, audits);
    }

    @Test
    void kpisBelowTheirNormTriggerOncePerProviderAndContractingRegionMonitoredOnesNever() {
        var found = find(List.of(
                result("zaanstad-wormerland", "11111111", "start-within-6-weeks", 72.0, "insufficient"),
                result("purmerend-edam-volendam", "11111111", "client-satisfaction", 8.1, "not_achieved"),
                result("zaanstad-wormerland", "11111111", "result-achieved", 70.0, "sufficient"),
                result("dwo", "11111111", "start-within-6-weeks", 10.0, null)), Map.of(), List.of());
        assertThat(found).containsOnlyKeys(new EscalationTriggers.Subject("zaanstreek-waterland", "11111111"));
        assertThat(found.values().iterator().next()).extracting(Shortfall::subject)
                .containsExactly("start-within-6-weeks", "client-satisfaction");
    }

    @Test
    void lateOrMissingReportsAndFailingDossierAuditsTriggerInEveryRegionOfTheProvider() {
        List<KpiResult> results = List.of(result("zaanstad-wormerland", "11111111", "result-achieved", 90.0, "good"),
                result("dwo", "11111111", "result-achieved", 90.0, null));
        var deliveries = Map.of("11111111", List.of(
                new ReportDelivery("11111111", "sroi", 2025, LocalDate.of(2026, 4, 1), DeliveryState.MISSING, null, null),
                new ReportDelivery("11111111", "klachten", 2025, LocalDate.of(2026, 4, 1), DeliveryState.DELIVERED, "u", LocalDate.of(2026, 2, 1))));
        var found = find(results, deliveries, List.of(new EscalationTriggers.DossierAudit("11111111", 20, 3, 0)));
        assertThat(found).hasSize(2);
        assertThat(found.get(new EscalationTriggers.Subject("dwo", "11111111"))).extracting(Shortfall::kind)
                .containsExactly(Shortfall.REPORT, Shortfall.DOSSIER);
    }

    @Test
    void exactlyTenPercentFailingDossiersIsNotMoreThanTen() {
        assertThat(EscalationTriggers.overTenPercent(2, 20)).isFalse();
        assertThat(EscalationTriggers.overTenPercent(3, 20)).isTrue();
    }
}
