package nl.wmoscorecards.local;

import nl.wmoscorecards.local.cli.ConversationCommand;
import nl.wmoscorecards.local.cli.DemoCommand;
import nl.wmoscorecards.local.cli.DossierCommand;
import nl.wmoscorecards.local.cli.EscalationCommand;
import nl.wmoscorecards.local.cli.GenerateCommand;
import nl.wmoscorecards.local.cli.IngestEventsCommand;
import nl.wmoscorecards.local.cli.KpiRunCommand;
import nl.wmoscorecards.local.cli.ProviderCommand;
import nl.wmoscorecards.local.cli.PublishCommand;
import nl.wmoscorecards.local.cli.ReportStatusCommand;
import nl.wmoscorecards.local.cli.ReportTemplateCommand;
import nl.wmoscorecards.local.cli.RoundTableAttendanceCommand;
import nl.wmoscorecards.local.cli.RoundTableCommand;
import nl.wmoscorecards.local.cli.ServeCommand;
import nl.wmoscorecards.local.cli.UploadCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scorecards} command line: the whole product on the embedded runtime. */
@Command(name = "scorecards", mixinStandardHelpOptions = true, version = "scorecards 0.1.0",
        description = "Wmo Scorecards: ingest allocation messages and provider reports, compute contract KPIs, publish the scorecard site.",
        subcommands = {DemoCommand.class, GenerateCommand.class, IngestEventsCommand.class, KpiRunCommand.class, PublishCommand.class,
                ServeCommand.class, ProviderCommand.class, UploadCommand.class, ReportTemplateCommand.class,
                ReportStatusCommand.class, EscalationCommand.class, DossierCommand.class,
                RoundTableCommand.class, RoundTableAttendanceCommand.class, ConversationCommand.class})
public final class ScorecardsCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new ScorecardsCli()).execute(args);
    }
}
