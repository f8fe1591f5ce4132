package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.local.demo.ScaledDataGenerator;
import nl.wmoscorecards.local.demo.ScaledDataGenerator.Scale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Synthetic inputs at real scale, for load tests and benchmarks; needs no running store. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic allocation messages, evaluations and survey responses for one region or the whole country.")
public final class GenerateCommand extends ConsoleCommand {
    @Option(names = "--scale", required = true, paramLabel = "region|national",
            description = "region: Zaanstreek-Waterland (7 municipalities, about 40,000 allocations); "
                    + "national: 342 municipalities, about 2 million allocations, 3,000 providers.")
    String scale;

    @Option(names = "--year", paramLabel = "Y", description = "The year (default: last year).")
    Integer year;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed (default: ${DEFAULT-VALUE}); the same seed gives the same files.")
    long seed;

    @Override
    int execute(PrintWriter out) throws Exception {
        Scale chosen = switch (scale.toLowerCase(Locale.ROOT)) {
            case "region" -> Scale.REGION;
            case "national" -> Scale.NATIONAL;
            default -> {
                err().println("--scale must be region or national, not " + scale);
                yield null;
            }
        };
        if (chosen == null) {
            return ExitCodes.USAGE;
        }
        int y = year != null ? year : LocalDate.now().getYear() - 1;
        long started = System.nanoTime();
        ScaledDataGenerator.Summary s = new ScaledDataGenerator(ConfigLoader.fromEnvironment(), chosen, y, seed)
                .generate(this.out);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%s data set of %d in %s: %d measurement regions, %d municipalities, %d providers, "
                        + "%d allocations, %d messages in %d files, %d survey responses (%.1f s)%n",
                chosen.name().toLowerCase(Locale.ROOT), y, this.out.toAbsolutePath(), s.measurementRegions(),
                s.municipalities(), s.providers(), s.allocations(), s.messages(), s.eventFiles().size(),
                s.surveyResponses(), seconds);
        if (s.configFolder() != null) {
            out.println("Its regions are configured in " + s.configFolder().toAbsolutePath()
                    + ": run later commands with SCORECARDS_CONFIG_DIR set to that folder.");
        }
        return ExitCodes.OK;
    }
}
