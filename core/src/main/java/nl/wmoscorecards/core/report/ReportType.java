package nl.wmoscorecards.core.report;

import java.util.List;

/**
 * A kind of report a provider uploads: its id (also in the S3 key), Dutch name and description, how
 * often it is due and whether it is mandatory, and its columns (none for a document such as a PDF).
 *
 * @param document true for a document that is stored and recorded as delivered, not parsed into rows
 */
public record ReportType(
        String id,
        String name,
        String description,
        Frequency frequency,
        boolean mandatory,
        boolean document,
        List<ReportColumn> columns) {

    public ReportType {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
