package nl.wmoscorecards.local;

import nl.wmoscorecards.local.cli.ContractManagerCommand;
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
import nl.wmoscorecards.local.cli.CrashReport;
import nl.wmoscorecards.local.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code scorecards} command line: the whole product on the embedded runtime. Every command exits with
 * one of {@link ExitCodes}: 0 done, 1 input rejected, 2 wrong usage, 3 failed (a crash, a busy data folder);
 * a failure prints one line and leaves the details in a file ({@link CrashReport}).
 */
@Command(name = "scorecards", mixinStandardHelpOptions = true, version = "scorecards 0.1.0",
        description = "Wmo Scorecards: ingest allocation messages and provider reports, compute contract KPIs, publish the scorecard site.",
        subcommands = {DemoCommand.class, GenerateCommand.class, IngestEventsCommand.class, KpiRunCommand.class, PublishCommand.class,
                ServeCommand.class, ProviderCommand.class, UploadCommand.class, ReportTemplateCommand.class,
                ReportStatusCommand.class, EscalationCommand.class, DossierCommand.class,
                RoundTableCommand.class, RoundTableAttendanceCommand.class, ConversationCommand.class,
                ContractManagerCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:input rejected (the details are printed; valid input was still processed where the command says so)",
                "2:wrong usage (an unknown option, a missing argument or file)",
                "3:failed (a crash or a data folder in use by another command; one line here, the details in a file)"})
public final class ScorecardsCli {

    public static void main(String[] args) {
        int exit;
        try {
            exit = execute(args);
        } catch (Throwable fatal) { // an Error picocli does not handle (out of memory): still not exit code 1
            System.err.println("scorecards failed: " + CrashReport.summary(fatal));
            exit = ExitCodes.FAILURE;
        }
        System.exit(exit);
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with the documented exit codes and the one-line crash report wired in. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ScorecardsCli());
        // Usage errors exit 2 (picocli's default); a failing command exits 3 through the crash report.
        commandLine.setExecutionExceptionHandler(new CrashReport());
        return commandLine;
    }
}
