package nl.wmoscorecards.functions.upload;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.core.report.ReportTypeCatalog;

/** Checks an upload request against the report-type catalogue, one field at a time, in the order a form shows them. */
public final class UploadRequestRules {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_FILE_NAME = 255;
    private final ReportTypeCatalog catalog;

    public UploadRequestRules(ReportTypeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The format the file will be stored as; throws {@link InvalidUploadRequest} naming the first wrong field. */
    public UploadFormat check(UploadRequest request) {
        ReportType type = reportType(request.reportType());
        period(request.period());
        UploadFormat format = fileName(request.fileName(), type);
        contentType(request.contentType(), format);
        return format;
    }

    private ReportType reportType(String id) {
        required("reportType", id, "het rapporttype");
        return catalog.type(id).orElseThrow(() -> new InvalidUploadRequest("reportType",
                "Onbekend rapporttype '" + id + "'. Kies uit: "
                        + catalog.types().stream().map(ReportType::id).collect(Collectors.joining(", ")) + "."));
    }

    private static void period(String period) {
        required("period", period, "de periode");
        if (!YEAR.matcher(period).matches()
                || Integer.parseInt(period) < FIRST_YEAR || Integer.parseInt(period) > LAST_YEAR) {
            throw new InvalidUploadRequest("period", "De periode '" + period
                    + "' is geen jaartal van vier cijfers tussen " + FIRST_YEAR + " en " + LAST_YEAR + " (bijvoorbeeld 2025).");
        }
    }

    private static UploadFormat fileName(String fileName, ReportType type) {
        required("fileName", fileName, "de bestandsnaam");
        if (fileName.length() > MAX_FILE_NAME || fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\')) {
            throw new InvalidUploadRequest("fileName",
                    "De bestandsnaam mag hoogstens " + MAX_FILE_NAME + " tekens hebben, zonder mapnamen of stuurtekens.");
        }
        List<UploadFormat> allowed = UploadFormat.forDocument(type.document());
        return UploadFormat.ofFileName(fileName).filter(allowed::contains).orElseThrow(() -> new InvalidUploadRequest(
                "fileName", "Voor rapporttype '" + type.id() + "' moet de bestandsnaam eindigen op "
                        + allowed.stream().map(UploadFormat::extension).collect(Collectors.joining(" of ")) + "."));
    }

    private static void contentType(String contentType, UploadFormat format) {
        required("contentType", contentType, "het bestandstype (contentType)");
        if (!contentType.toLowerCase(Locale.ROOT).equals(format.contentType())) {
            throw new InvalidUploadRequest("contentType", "Het bestandstype '" + contentType
                    + "' past niet bij de extensie " + format.extension() + "; gebruik '" + format.contentType() + "'.");
        }
    }

    private static void required(String field, String value, String dutchName) {
        if (value == null || value.isEmpty()) {
            throw new InvalidUploadRequest(field, "Vul " + dutchName + " in (veld '" + field + "').");
        }
    }
}
