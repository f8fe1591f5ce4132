package nl.wmoscorecards.local.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the folder where the embedded runtime keeps its state between commands. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = ".scorecards",
            description = "Data folder of the embedded runtime (default: ${DEFAULT-VALUE}).")
    Path folder;

    public Path folder() {
        return folder;
    }
}
