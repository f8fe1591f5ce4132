package nl.wmoscorecards.functions.upload;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats providers may upload: tables (CSV, XLSX) for report types with columns, PDF for documents. */
public enum UploadFormat {
    CSV(".csv", "text/csv", false),
    XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    PDF(".pdf", "application/pdf", true);

    private final String extension;
    private final String contentType;
    private final boolean document;

    UploadFormat(String extension, String contentType, boolean document) {
        this.extension = extension;
        this.contentType = contentType;
        this.document = document;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The formats a report type accepts: documents are PDFs, everything else a table. */
    public static List<UploadFormat> forDocument(boolean document) {
        return Arrays.stream(values()).filter(f -> f.document == document).toList();
    }

    /** The format whose extension ends the file name, ignoring case. */
    public static Optional<UploadFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith(f.extension)).findFirst();
    }
}
