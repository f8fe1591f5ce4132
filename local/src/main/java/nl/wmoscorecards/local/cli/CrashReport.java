package nl.wmoscorecards.local.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.wmoscorecards.core.privacy.OutboundValues;
import nl.wmoscorecards.local.runtime.DataFolderLock;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A command that fails prints one line saying what went wrong and where the details are, and exits
 * {@link ExitCodes#FAILURE}: the stack trace goes to {@code DATA/logs/failure-TIMESTAMP.txt} (or the temporary
 * folder for commands without a data folder), never to the console. A busy data folder is an expected
 * failure: its message is the whole story, no file is written.
 */
public final class CrashReport implements IExecutionExceptionHandler {
    private static final int MAX_SUMMARY = 300;

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        String command = "scorecards " + commandLine.getCommandName();
        if (failure instanceof DataFolderLock.DataFolderBusy busy) {
            err.println(command + ": " + busy.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        String where;
        try {
            where = "; details in " + write(failure, dataFolder(commandLine));
        } catch (IOException | RuntimeException notWritten) {
            where = " (the details could not be written: " + notWritten.getMessage() + ")";
        }
        err.println(command + " failed: " + summary(failure) + where);
        err.flush();
        return ExitCodes.FAILURE;
    }

    /** The innermost cause, its type and the first line of its message: what a user can act on. */
    public static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip().lines().findFirst().orElse("");
        String line = root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        line = OutboundValues.masked(line);
        return line.length() <= MAX_SUMMARY ? line : line.substring(0, MAX_SUMMARY) + "...";
    }

    private static Path dataFolder(CommandLine commandLine) {
        OptionSpec data = commandLine.getCommandSpec().findOption("--data");
        Object value = data == null ? null : data.getValue();
        return value instanceof Path path ? path : null;
    }

    private static Path write(Throwable failure, Path dataFolder) throws IOException {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String name = "failure-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".txt";
        Path file;
        if (dataFolder != null) {
            Path logs = dataFolder.resolve("logs");
            Files.createDirectories(logs);
            file = logs.resolve(name);
        } else {
            file = Files.createTempFile("scorecards-" + name.replace(".txt", "-"), ".txt");
        }
        Files.writeString(file, OutboundValues.masked(trace.toString()), StandardCharsets.UTF_8);
        return file;
    }
}
