package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The skeleton of every command: its console and its exit code ({@link ExitCodes}). A command says only what it
 * does, printing results to {@code out} and usage problems to {@link #err()}; {@link RuntimeCommand} adds the data
 * folder for the commands that work on one.
 */
abstract class ConsoleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The command's work, printing to {@code out}; returns the exit code. */
    abstract int execute(PrintWriter out) throws Exception;

    /** Where a command tells the user how it was called wrongly. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public final Integer call() throws Exception {
        return execute(spec.commandLine().getOut());
    }
}
