package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.local.demo.DemoData;
import nl.wmoscorecards.local.demo.DemoDataGenerator;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.site.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The whole product in one command: a synthetic year for every seeded region, ingested through the same
 * code path as ingest-events, the KPI run, and the published site.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a realistic synthetic year, ingest it, run the KPIs and publish the site.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--year", paramLabel = "Y",
            description = "The demo year (default: last year, or the first year every region's contract is in force when later).")
    Integer year;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--serve", description = "Serve the site on http://localhost:8080 afterwards, with the providers'"
            + " upload page and its API, and the internal editions for contract managers on the next port (with demo keys).")
    boolean serve;

    @Option(names = "--port", defaultValue = "8080", description = "Port for --serve (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    /**
     * Last year, unless a region's contract phase starts later: a year before a contract has no scores, and the
     * demo shows every region with figures (Zaanstreek-Waterland's phase starts 1 July 2026).
     */
    static int defaultYear(ScorecardsConfig config, LocalDate today) {
        int lastYear = today.getYear() - 1;
        int everyContractInForce = config.regions().contractingRegions().stream()
                .mapToInt(region -> region.contractPhase().start().getYear()).max().orElse(lastYear);
        return Math.max(lastYear, everyContractInForce);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path site = data.folder().resolve("site");
        int exit;
        try (LocalRuntime runtime = LocalRuntime.open(data.folder())) {
            int demoYear = year != null ? year : defaultYear(runtime.config(), LocalDate.now(runtime.clock()));
            LocalDate asOf = LocalDate.of(demoYear + 1, 3, 1);
            Progress progress = new Progress(out);
            out.println("Demo of " + demoYear + " in " + runtime.dataFolder().toAbsolutePath());
            progress.start();
            DemoData demo = new DemoDataGenerator(runtime.config(), demoYear, seed)
                    .generate(runtime.dataFolder().resolve("demo-input").resolve(Integer.toString(demoYear)));
            progress.done("generate", String.format(Locale.ROOT, "%d allocations, %d messages in %d files, %d clients, %d survey responses",
                    demo.allocations(), demo.events(), demo.eventFiles().size(), demo.clients(), demo.surveyResponses().size()));
            IngestReport ingested = runtime.allocationIngest().ingestPaths(demo.eventFiles());
            progress.done("ingest", ingested.inputs() + " inputs, " + ingested.accepted() + " messages accepted, "
                    + ingested.errorCount() + " errors");
            exit = IngestEventsCommand.reportErrors(ingested, runtime.dataFolder(), null, out);
            DemoReportUploads.Result uploads = DemoReportUploads.run(runtime, demo, demoYear);
            progress.done("uploads", uploads.providers() + " providers registered, " + uploads.accepted()
                    + " reports uploaded and accepted (satisfaction, staff, waiting list, network contacts), " + uploads.rejected() + " rejected");
            KpiRunCommand.run(runtime, demoYear, asOf, runtime.dataFolder().resolve("kpi-results-" + demoYear + ".json"), out);
            PublishCommand.publish(runtime, site, Edition.PUBLIC, null, out);
        }
        if (serve) {
            // One runtime, open while serving: the upload page's API (CORS for the site's origin, a demo provider key)
            // and the contract managers' internal editions with the ladder's forms.
            try (StaticSiteServer server = StaticSiteServer.start(site, port);
                 LocalRuntime runtime = UploadPageServing.start(data.folder(), server, out);
                 ContractManagerSite internal = ContractManagerSite.start(runtime, port + 1, out)) {
                out.println("Serving the site on " + server.url() + " (Ctrl+C to stop)");
                ContractManagerSite.DemoKey key = ContractManagerSite.demoKey(runtime);
                out.println("Internal edition for contract managers on " + internal.url() + " : sign in with the demo key of "
                        + key.regionName() + ": " + key.key());
                out.flush();
                Thread.currentThread().join();
            }
        }
        return exit;
    }
}
