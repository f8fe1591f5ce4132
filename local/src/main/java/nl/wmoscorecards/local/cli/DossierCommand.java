package nl.wmoscorecards.local.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.site.ContractDossier;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.run.ReportDutyHolders;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The internal contract-management dossier of a provider: the conversation's agenda, pre-filled. */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = "Write the contract-management dossier of a provider for a year (Markdown, internal).")
public final class DossierCommand extends RuntimeCommand {
    @Option(names = "--provider", required = true, paramLabel = "AGB")
    String provider;

    @Mixin
    YearOption year;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of the console.")
    Path file;

    @Override
    int execute(LocalRuntime runtime, PrintWriter out) throws IOException {
        int year = this.year.year();
        LocalDate date = asOf.on(runtime);
        List<KpiResult> results = storedResults(runtime, year).stream().filter(r -> r.provider().equals(provider)).toList();
        var deliveries = YearlyAssessment.deliveries(provider, ReportDutyHolders.all(runtime.config().regions(),
                        runtime.stores().kpiResults(), year),
                providerReports(runtime), year, date);
        var escalations = runtime.stores().escalations().all().stream()
                .filter(e -> e.provider().equals(provider)).toList();
        List<ContractConversation> conversations = new ArrayList<>();
        runtime.config().regions().contractingRegions().forEach(r -> runtime.stores().conversations()
                .conversationsOf(r.id()).stream().filter(c -> c.provider().equals(provider)).forEach(conversations::add));
        String markdown = new ContractDossier(runtime.config()).render(provider,
                runtime.providerKeys().names().get(provider), year, date, results, deliveries, escalations, conversations);
        if (file == null) {
            out.print(markdown);
            out.flush();
        } else {
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            out.println("Dossier: " + file.toAbsolutePath());
        }
        return ExitCodes.OK;
    }
}
