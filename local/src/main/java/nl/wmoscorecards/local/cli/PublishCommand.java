package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.site.Edition;
import nl.wmoscorecards.site.SiteGenerator;
import nl.wmoscorecards.site.SiteModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Renders the scorecard site from the stored KPI results. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = "Render the scorecard site into a folder.")
public final class PublishCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the site to.")
    Path out;

    @Option(names = "--edition", defaultValue = "public", paramLabel = "public|internal",
            description = "Public (aggregates only) or internal edition (default: ${DEFAULT-VALUE}).")
    String edition;

    @Option(names = "--year", paramLabel = "Y", description = "Only this year (default: every stored run).")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Edition chosen = Edition.valueOf(edition.toUpperCase(java.util.Locale.ROOT));
        try (LocalRuntime runtime = LocalRuntime.open(data.folder())) {
            publish(runtime, out, chosen, year, spec.commandLine().getOut());
        }
        return 0;
    }

    static void publish(LocalRuntime runtime, Path out, Edition edition, Integer onlyYear, PrintWriter console)
            throws Exception {
        Progress progress = new Progress(console);
        List<KpiRun> runs = new ArrayList<>();
        for (KpiRun stored : runtime.stores().kpiResults().runs()) {
            if (onlyYear != null && stored.year() != onlyYear) {
                continue;
            }
            List<KpiResult> results = new ArrayList<>();
            for (MeasurementRegion region : runtime.config().regions().measurementRegions()) {
                results.addAll(runtime.stores().kpiResults().results(stored.year(), region.id()));
            }
            runs.add(new KpiRun(stored.year(), stored.asOf(), stored.computedAt(), results));
        }
        List<Path> files = new SiteGenerator().generate(new SiteModel(runtime.config(), runs, edition, Map.of()), out);
        progress.done("publish", files.size() + " files, " + runs.size() + " years, " + edition.name().toLowerCase()
                + " edition");
        console.println("Site: " + out.toAbsolutePath().resolve("index.html"));
    }
}
