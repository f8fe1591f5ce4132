package nl.wmoscorecards.local.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.site.ContractDossier;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.run.ReportDutyHolders;
import nl.wmoscorecards.core.run.YearlyRun;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The internal contract-management dossier of a provider: the conversation's agenda, pre-filled. */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = "Write the contract-management dossier of a provider for a year (Markdown, internal).")
public final class DossierCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--provider", required = true, paramLabel = "AGB")
    String provider;

    @Option(names = "--year", required = true, paramLabel = "Y")
    int year;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Default: today.")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of the console.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (LocalRuntime runtime = LocalRuntime.open(data.folder())) {
            LocalDate date = asOf != null ? asOf : LocalDate.now(runtime.clock());
            List<KpiResult> results = new ArrayList<>();
            for (MeasurementRegion region : runtime.config().regions().measurementRegions()) {
                runtime.stores().kpiResults().results(year, region.id()).stream()
                        .filter(r -> r.provider().equals(provider)).forEach(results::add);
            }
            var deliveries = YearlyRun.deliveries(provider, ReportDutyHolders.of(runtime.config().regions(), results),
                    new StoredProviderReports(runtime.uploadStore(), runtime.stores().reportRows(),
                            runtime.config().reportTypes(), runtime.config().reportDuties()), year, date);
            var escalations = runtime.stores().escalations().all().stream()
                    .filter(e -> e.provider().equals(provider)).toList();
            List<ContractConversation> conversations = new ArrayList<>();
            runtime.config().regions().contractingRegions().forEach(r -> runtime.stores().conversations()
                    .conversationsOf(r.id()).stream().filter(c -> c.provider().equals(provider)).forEach(conversations::add));
            String markdown = new ContractDossier(runtime.config()).render(provider,
                    runtime.providerKeys().names().get(provider), year, date, results, deliveries, escalations, conversations);
            if (out == null) {
                spec.commandLine().getOut().print(markdown);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, markdown, StandardCharsets.UTF_8);
                spec.commandLine().getOut().println("Dossier: " + out.toAbsolutePath());
            }
        }
        return 0;
    }
}
