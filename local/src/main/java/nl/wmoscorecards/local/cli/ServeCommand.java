package nl.wmoscorecards.local.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves a published site folder over HTTP on localhost. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the published site on localhost.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--dir", defaultValue = ".scorecards/site", paramLabel = "DIR",
            description = "Site folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--port", defaultValue = "8080", description = "Port on localhost (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (StaticSiteServer server = StaticSiteServer.start(dir, port)) {
            spec.commandLine().getOut().println("Serving " + dir.toAbsolutePath() + " on " + server.url()
                    + " (Ctrl+C to stop)");
            spec.commandLine().getOut().flush();
            Thread.currentThread().join();
        }
        return 0;
    }
}
