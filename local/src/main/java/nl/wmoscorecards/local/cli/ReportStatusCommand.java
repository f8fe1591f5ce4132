package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.report.PerformanceAgreement;
import nl.wmoscorecards.core.run.ReportDutyHolders;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The performance agreements per contracting region: for each provider contracted there in the year (clients
 * in care in the year's KPI run), which of the region's required reports are delivered, late or missing, and
 * from when a shortfall escalates.
 */
@Command(name = "report-status", mixinStandardHelpOptions = true,
        description = "Show per contracting region and provider which required reports of a year were delivered, late or missing.")
public final class ReportStatusCommand extends RuntimeCommand {
    @Mixin
    YearOption year;

    @Mixin
    AsOfOption asOf;

    @Override
    int execute(LocalRuntime runtime, PrintWriter out) {
        ScorecardsConfig config = runtime.config();
        int year = this.year.year();
        Map<String, Set<String>> holders = ReportDutyHolders.all(config.regions(), runtime.stores().kpiResults(), year);
        StoredProviderReports reports = providerReports(runtime);
        LocalDate date = asOf.on(runtime);
        for (ContractingRegion region : config.regions().contractingRegions()) {
            out.println(region.name() + " (" + region.id() + "): " + describe(config, region, year));
            Set<String> providers = holders.getOrDefault(region.id(), Set.of());
            List<ReportDelivery> deliveries = new ArrayList<>();
            providers.forEach(p -> deliveries.addAll(reports.deliveries(p, region.id(), year, date)));
            if (deliveries.isEmpty()) {
                out.println("  niets verplicht voor " + year);
                continue;
            }
            out.printf("  %-10s %-26s %-11s %s%n", "provider", "report", "due", "state");
            for (ReportDelivery d : deliveries) {
                out.printf("  %-10s %-26s %-11s %s%s%s%n", d.provider(), d.reportType(), d.due(),
                        d.state().dutchLabel(), d.delivered() == null ? "" : " (" + d.delivered() + ")",
                        escalation(d));
            }
        }
        return ExitCodes.OK;
    }

    private static String describe(ScorecardsConfig config, ContractingRegion region, int year) {
        PerformanceAgreement agreement = config.performanceAgreements().of(region.id());
        if (region.contractPhase().measurementPeriod(year).isEmpty()) {
            return "contract niet van kracht in " + year;
        }
        String duties = agreement.reportDuties().size() + " rapportageplicht(en)";
        return agreement.escalates() ? duties + ", escalatieladder" : duties + ", alleen monitoring (geen escalatie)";
    }

    private static String escalation(ReportDelivery d) {
        if (d.escalatesOn() == null) {
            return d.state().isShortfall() ? " - alleen monitoring" : "";
        }
        if (d.state() == DeliveryState.OPEN) {
            return " - escaleert vanaf " + d.escalatesOn() + " als niet geleverd";
        }
        return d.state().isShortfall() ? " - op de escalatieladder vanaf " + d.escalatesOn() : "";
    }
}
