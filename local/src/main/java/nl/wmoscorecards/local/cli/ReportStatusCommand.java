package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.report.PerformanceAgreements;
import nl.wmoscorecards.core.report.ReportDelivery;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The performance agreements: per provider, which mandatory reports of a year are delivered, late or missing. */
@Command(name = "report-status", mixinStandardHelpOptions = true,
        description = "Show per provider which mandatory reports of a year were delivered, late or missing.")
public final class ReportStatusCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--year", required = true, paramLabel = "Y")
    int year;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Default: today.")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalRuntime runtime = LocalRuntime.open(data.folder())) {
            TreeSet<String> providers = new TreeSet<>(runtime.providerKeys().names().keySet());
            for (MeasurementRegion region : runtime.config().regions().measurementRegions()) {
                runtime.stores().kpiResults().results(year, region.id()).stream().map(KpiResult::provider).forEach(providers::add);
            }
            PerformanceAgreements agreements = new PerformanceAgreements(runtime.config().reportTypes());
            LocalDate date = asOf != null ? asOf : LocalDate.now(runtime.clock());
            out.printf("%-10s %-26s %-11s %s%n", "provider", "report", "due", "state");
            for (String provider : providers) {
                for (ReportDelivery d : agreements.assess(provider, year, runtime.uploadStore().uploadsOf(provider), date)) {
                    out.printf("%-10s %-26s %-11s %s%s%n", provider, d.reportType(), d.due(), d.state().dutchLabel(),
                            d.delivered() == null ? "" : " (" + d.delivered() + ")");
                }
            }
        }
        return 0;
    }
}
