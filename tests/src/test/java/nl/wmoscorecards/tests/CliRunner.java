package nl.wmoscorecards.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.wmoscorecards.local.ScorecardsCli;
import picocli.CommandLine;

/** Runs the scorecards command line in-process, as a user would, and keeps what it printed. */
final class CliRunner {
    record Run(int exit, String out) {
    }

    private CliRunner() {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ScorecardsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return new Run(commandLine.execute(args), out.toString());
    }
}
