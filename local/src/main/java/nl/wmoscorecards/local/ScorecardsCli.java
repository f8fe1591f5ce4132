package nl.wmoscorecards.local;

import nl.wmoscorecards.local.cli.DemoCommand;
import nl.wmoscorecards.local.cli.IngestEventsCommand;
import nl.wmoscorecards.local.cli.KpiRunCommand;
import nl.wmoscorecards.local.cli.PublishCommand;
import nl.wmoscorecards.local.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scorecards} command line: the whole product on the embedded runtime. */
@Command(name = "scorecards", mixinStandardHelpOptions = true, version = "scorecards 0.1.0",
        description = "Wmo Scorecards: ingest allocation messages, compute contract KPIs, publish the scorecard site.",
        subcommands = {DemoCommand.class, IngestEventsCommand.class, KpiRunCommand.class, PublishCommand.class,
                ServeCommand.class})
public final class ScorecardsCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new ScorecardsCli()).execute(args);
    }
}
