package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import nl.wmoscorecards.core.privacy.OutboundValues;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.local.upload.ProviderUpload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * A provider uploads a report the way it does in AWS: ask the API for a pre-signed URL with its key, PUT
 * the bytes over HTTP to the S3-compatible server (which checks the signature), then the ObjectCreated
 * event goes to the report-ingest handler. Prints the outcome in Dutch; every value, file name and message
 * through {@link OutboundValues}, as the API shows them.
 */
@Command(name = "upload", mixinStandardHelpOptions = true,
        description = "Upload a provider report (CSV, XLSX or PDF) through a pre-signed URL and show the outcome. "
                + "The provider's API key comes from --key or SCORECARDS_API_KEY.")
public final class UploadCommand extends RuntimeCommand {
    @Option(names = "--provider", required = true, paramLabel = "AGB", description = "The uploading provider's AGB code.")
    String provider;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "Report type, e.g. cto, klachten.")
    String type;

    @Option(names = "--period", paramLabel = "YYYY", description = "The year the report is about (default: last year).")
    String period;

    @Option(names = "--key", paramLabel = "KEY", description = "The provider's API key (default: $SCORECARDS_API_KEY).")
    String key;

    @Parameters(paramLabel = "FILE", description = "The report file.")
    Path file;

    private String apiKey() {
        return key != null ? key : System.getenv("SCORECARDS_API_KEY");
    }

    @Override
    OptionalInt usageProblem(PrintWriter out) {
        String apiKey = apiKey();
        if (apiKey == null || apiKey.isBlank()) {
            out.println("Geen API-sleutel: geef --key of zet SCORECARDS_API_KEY.");
            return OptionalInt.of(ExitCodes.USAGE);
        }
        if (!Files.isRegularFile(file)) {
            out.println("Bestand niet gevonden: " + OutboundValues.fileName(file.toString()));
            return OptionalInt.of(ExitCodes.USAGE);
        }
        return OptionalInt.empty();
    }

    @Override
    int execute(LocalRuntime runtime, PrintWriter out) throws Exception {
        String apiKey = apiKey();
        String year = period != null ? period : Integer.toString(LocalDate.now().getYear() - 1);
        Optional<String> keyOwner = runtime.providerKeys().authenticate(apiKey);
        if (keyOwner.isPresent() && !keyOwner.get().equals(provider)) {
            out.println("Deze API-sleutel hoort niet bij zorgaanbieder " + provider + ".");
            return ExitCodes.REJECTED;
        }
        ProviderUpload.Outcome outcome = ProviderUpload.send(runtime, apiKey, type, year, file);
        if (outcome.status() == null) {
            out.println("Upload geweigerd (" + outcome.httpStatus() + "): " + OutboundValues.text(outcome.error()));
            // A 5xx is the system failing, not the provider's input being rejected.
            return outcome.httpStatus() >= 500 ? ExitCodes.FAILURE : ExitCodes.REJECTED;
        }
        return printOutcome(outcome.status(), out);
    }

    private static int printOutcome(JsonNode status, PrintWriter out) {
        String state = status.path("status").asString();
        out.println("Upload " + status.path("uploadId").asString() + " (" + status.path("reportType").asString() + " "
                + status.path("period").asString() + ", " + OutboundValues.fileName(status.path("fileName").asString()) + "):");
        String duplicateOf = status.path("duplicateOf").asString(null);
        if ("accepted".equals(state) && duplicateOf != null) {
            out.println("  Geaccepteerd: dit bestand is gelijk aan upload " + duplicateOf + "; er is niets veranderd.");
            return 0;
        }
        if ("accepted".equals(state)) {
            out.println("  Geaccepteerd: " + status.path("rowCount").asInt() + " regels verwerkt.");
            return 0;
        }
        JsonNode errors = status.path("errors");
        out.println("  Afgewezen: " + errors.size() + (errors.size() == 1 ? " fout" : " fouten")
                + ". Er is niets verwerkt; verbeter het bestand en upload het opnieuw.");
        for (JsonNode error : errors) {
            StringBuilder line = new StringBuilder("  - ");
            if (!error.path("row").isNull() && !error.path("row").isMissingNode()) {
                line.append("rij ").append(error.path("row").asInt()).append(", ");
            }
            if (!error.path("column").isNull() && !error.path("column").isMissingNode()) {
                line.append("kolom '").append(OutboundValues.value(error.path("column").asString())).append("', ");
            }
            if (!error.path("value").isNull() && !error.path("value").isMissingNode()) {
                line.append("waarde '").append(OutboundValues.value(error.path("value").asString())).append("': ");
            }
            out.println(line.append(OutboundValues.text(error.path("message").asString())));
        }
        return 1;
    }
}
