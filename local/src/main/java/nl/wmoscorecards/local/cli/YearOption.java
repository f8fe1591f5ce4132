package nl.wmoscorecards.local.cli;

import picocli.CommandLine.Option;

/** {@code --year Y}: the year a command reports on; required, as a year's figures are never guessed. */
final class YearOption {
    @Option(names = "--year", required = true, paramLabel = "Y", description = "The year it is about.")
    int year;

    int year() {
        return year;
    }
}
