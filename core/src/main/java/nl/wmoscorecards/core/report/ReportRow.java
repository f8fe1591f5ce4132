package nl.wmoscorecards.core.report;

import java.util.Map;

/**
 * One accepted data row of a report, by column key. Values are typed: String (TEXT, GEMEENTECODE,
 * CHOICE), Long (INTEGER), BigDecimal (DECIMAL), LocalDate (DATE); an empty optional cell is absent.
 *
 * @param rowNumber the row as the provider sees it in the file (the header is row 1)
 */
public record ReportRow(int rowNumber, Map<String, Object> values) {
    public ReportRow {
        values = Map.copyOf(values);
    }
}
