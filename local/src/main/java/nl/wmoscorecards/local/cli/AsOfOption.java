package nl.wmoscorecards.local.cli;

import java.time.LocalDate;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day a report's deliveries are judged on; today unless given. */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Judged as of this day, yyyy-mm-dd (default: today).")
    LocalDate asOf;

    /** The date given, or today on the runtime's clock. */
    LocalDate on(LocalRuntime runtime) {
        return RuntimeCommand.orToday(asOf, runtime);
    }
}
