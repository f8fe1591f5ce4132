package nl.wmoscorecards.local.cli;

import java.time.LocalDate;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Option;

/**
 * {@code --date DATE} and {@code --by NAME}: when a step a contract manager records took place (today unless
 * given) and who took it for the region; both are kept with the record.
 */
final class WhenAndWhoOptions {
    @Option(names = "--date", paramLabel = "DATE", description = "When it took place (default: today).")
    LocalDate date;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who held or decided it for the region.")
    String by;

    /** The date given, or today on the runtime's clock. */
    LocalDate on(LocalRuntime runtime) {
        return RuntimeCommand.orToday(date, runtime);
    }

    String by() {
        return by;
    }
}
