package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.application.SiteReadModel;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.site.Edition;
import nl.wmoscorecards.site.PreviousPublication;
import nl.wmoscorecards.site.Publication;
import nl.wmoscorecards.site.SiteGenerator;
import nl.wmoscorecards.site.SiteModel;
import nl.wmoscorecards.site.StaleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Renders the scorecard site from the stored KPI results (and, for the internal edition, report delivery)
 * into a folder, and removes files an earlier publish left that are no longer generated.
 */
@Command(name = "publish", mixinStandardHelpOptions = true, description = "Render the scorecard site into a folder.")
public final class PublishCommand extends RuntimeCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the site to.")
    Path site;

    @Option(names = "--edition", defaultValue = "public", paramLabel = "public|internal",
            description = "Public (aggregates only) or internal edition (default: ${DEFAULT-VALUE}).")
    String edition;

    @Option(names = "--year", paramLabel = "Y", description = "Only this year (default: every stored run).")
    Integer year;

    @Override
    int execute(LocalRuntime runtime, PrintWriter out) throws Exception {
        publish(runtime, site, Edition.valueOf(edition.toUpperCase(Locale.ROOT)), year, out);
        return ExitCodes.OK;
    }

    static void publish(LocalRuntime runtime, Path out, Edition edition, Integer onlyYear, PrintWriter console)
            throws Exception {
        Progress progress = new Progress(console);
        StaleFiles.checkOwned(out);
        LocalDate today = LocalDate.now(runtime.clock().withZone(DutchTime.ZONE));
        SiteModel model = SiteReadModel.load(runtime.config(), runtime.stores(), edition, onlyYear,
                runtime.providerKeys().names(), today);
        // The folder holds the previous publish of this edition: read for revisions before it is overwritten.
        List<Path> files = new SiteGenerator().generate(model, new Publication(today, PreviousPublication.folder(out)), out);
        List<Path> removed = StaleFiles.removeAllBut(out, files);
        progress.done("publish", files.size() + " files, " + removed.size() + " stale files removed, "
                + model.runs().size() + " years, " + edition.name().toLowerCase(Locale.ROOT) + " edition");
        console.println("Site: " + out.toAbsolutePath().resolve("index.html"));
    }
}
