package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A list about one contracting region in one year: {@code --region ID} (an unknown region is refused) and
 * {@code --year Y}, the current year on the runtime's clock unless given.
 */
abstract class RegionYearCommand extends RefusingCommand {
    @Mixin
    ContractingRegionOption region;

    @Option(names = "--year", paramLabel = "Y", description = "Default: the current year.")
    Integer year;

    /** The list of the configured region and the year, printed to {@code out}; returns the exit code. */
    abstract int list(LocalRuntime runtime, ContractingRegion region, int year, PrintWriter out);

    @Override
    final int execute(LocalRuntime runtime, PrintWriter out) {
        ContractingRegion contracting = region.of(runtime);
        return list(runtime, contracting, year != null ? year : LocalDate.now(runtime.clock()).getYear(), out);
    }
}
