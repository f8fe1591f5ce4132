package nl.wmoscorecards.local.cli;

import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.report.ReportTemplates;
import nl.wmoscorecards.core.report.ReportType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the empty CSV or XLSX template of a report type, with the Dutch column headers. */
@Command(name = "report-template", mixinStandardHelpOptions = true,
        description = "Write the CSV or XLSX template of a report type (or list the types without --type).")
public final class ReportTemplateCommand extends ConsoleCommand {
    @Option(names = "--type", paramLabel = "TYPE", description = "Report type id, e.g. cto.")
    String type;

    @Option(names = "--format", defaultValue = "xlsx", paramLabel = "csv|xlsx", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Default: TYPE.FORMAT in the current folder.")
    Path out;

    @Override
    int execute(PrintWriter console) throws Exception {
        ScorecardsConfig config = ConfigLoader.fromEnvironment();
        if (type == null) {
            for (ReportType t : config.reportTypes().types()) {
                console.printf("%-26s %-11s %s%n", t.id(), t.frequency(), t.name());
            }
            return ExitCodes.OK;
        }
        ReportType reportType = config.reportTypes().type(type).orElse(null);
        if (reportType == null || reportType.document()) {
            err().println(reportType == null ? "Unknown report type " + type
                    : type + " is a document (PDF) and has no template");
            return ExitCodes.USAGE;
        }
        Path target = out != null ? out : Path.of(type + "." + format);
        Files.write(target, "csv".equals(format) ? ReportTemplates.csv(reportType) : ReportTemplates.xlsx(reportType));
        console.println("Template: " + target.toAbsolutePath());
        return ExitCodes.OK;
    }
}
