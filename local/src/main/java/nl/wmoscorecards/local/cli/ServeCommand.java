package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves a published site folder over HTTP on localhost, with the providers' upload page and its API. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the published site on localhost.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--dir", defaultValue = ".scorecards/site", paramLabel = "DIR",
            description = "Site folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--port", defaultValue = "8080", description = "Port on localhost (default: ${DEFAULT-VALUE}).")
    int port;

    /** The data folder whose providers sign in on the upload page. */
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Option(names = "--internal", description = "Serve each contracting region's internal edition to its contract"
            + " managers (sign in with a key from `contract-manager add`), with the escalation ladder's forms.")
    boolean internal;

    private int serveInternal() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalRuntime runtime = LocalRuntime.open(data.folder());
             ContractManagerSite site = ContractManagerSite.start(runtime, port, out)) {
            out.println("Serving the internal editions for contract managers on " + site.url() + " (Ctrl+C to stop)");
            out.flush();
            Thread.currentThread().join();
        }
        return 0;
    }

    @Override
    public Integer call() throws Exception {
        if (internal) {
            return serveInternal();
        }
        try (StaticSiteServer server = StaticSiteServer.start(dir, port)) {
            spec.commandLine().getOut().println("Serving " + dir.toAbsolutePath() + " on " + server.url()
                    + " (Ctrl+C to stop)");
            // The providers' upload page with its API, when the data folder has providers (UploadPageServing).
            try (LocalRuntime uploads = UploadPageServing.hasProviders(data.folder())
                    ? UploadPageServing.start(data.folder(), server, spec.commandLine().getOut()) : null) {
                spec.commandLine().getOut().flush();
                Thread.currentThread().join();
            }
        }
        return 0;
    }
}
