package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.wmoscorecards.core.ingest.IngestError;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Ingests allocation messages: iWmo XML, CSV or JSON Lines files, folders of them, or zips. */
@Command(name = "ingest-events", mixinStandardHelpOptions = true,
        description = "Ingest allocation messages (iWmo 301/305/307 XML, CSV, JSON Lines; files, folders or zips). "
                + "Exits 1 when anything was rejected; the valid lines are ingested all the same.")
public final class IngestEventsCommand extends RuntimeCommand {
    static final int SHOWN_ERRORS = 20;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the JSON error report here "
            + "(default: DATA/reports/ingest-TIMESTAMP.json when anything was rejected).")
    Path report;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Inputs to ingest.")
    List<Path> inputs;

    @Override
    int execute(LocalRuntime runtime, PrintWriter out) throws Exception {
        return ingest(runtime, inputs, report, out);
    }

    /** Ingests the inputs, prints the counts and the first errors; exit 1 when anything was rejected. */
    static int ingest(LocalRuntime runtime, List<Path> inputs, Path reportFile, PrintWriter out) throws Exception {
        Progress progress = new Progress(out);
        IngestReport result = runtime.allocationIngest().ingestPaths(inputs);
        progress.done("ingest", result.inputs() + " inputs, " + result.accepted() + " messages accepted, "
                + result.errorCount() + " errors");
        return reportErrors(result, runtime.dataFolder(), reportFile, out);
    }

    /** Prints the first errors and writes the full JSON report; the exit code says whether any were found. */
    static int reportErrors(IngestReport result, Path dataFolder, Path reportFile, PrintWriter out) throws Exception {
        if (!result.hasRejections()) {
            return 0;
        }
        List<IngestError> errors = result.errors();
        for (IngestError error : errors.subList(0, Math.min(SHOWN_ERRORS, errors.size()))) {
            out.println("  rejected: " + error.describe());
        }
        if (result.errorCount() > SHOWN_ERRORS) {
            out.println("  ... and " + (result.errorCount() - SHOWN_ERRORS) + " more");
        }
        Path file = reportFile != null ? reportFile : dataFolder.resolve("reports").resolve("ingest-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, result.toJson(), StandardCharsets.UTF_8);
        out.println("Error report: " + file);
        return 1;
    }
}
