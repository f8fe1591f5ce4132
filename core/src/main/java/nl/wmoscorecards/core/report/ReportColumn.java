package nl.wmoscorecards.core.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of a report type, as data: the key code uses, the Dutch header providers see, its type and
 * its rules. The same definition drives the parser, the validator, the templates and the site's docs.
 *
 * @param maxDecimals for a DECIMAL column, the digits allowed after the comma (a survey grade: 8,5); null: any
 */
public record ReportColumn(
        String key,
        String header,
        ColumnType type,
        boolean required,
        List<String> allowedValues,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        Integer maxDecimals,
        String description) {

    public ReportColumn {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }
}
