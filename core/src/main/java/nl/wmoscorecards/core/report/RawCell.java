package nl.wmoscorecards.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the file holds it, before the column's rules: CSV gives text only; XLSX also gives numbers,
 * dates, formulas and error values, which must not be mistaken for typed text.
 */
record RawCell(Kind kind, String text, BigDecimal number, LocalDate date) {
    enum Kind { TEXT, NUMBER, DATE, FORMULA, ERROR }

    static final RawCell EMPTY = text("");

    static RawCell text(String text) {
        return new RawCell(Kind.TEXT, text == null ? "" : text, null, null);
    }

    static RawCell number(BigDecimal number) {
        return new RawCell(Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number, null);
    }

    static RawCell date(LocalDate date) {
        return new RawCell(Kind.DATE, date.toString(), null, date);
    }

    static RawCell formula(String formula) {
        return new RawCell(Kind.FORMULA, "=" + formula, null, null);
    }

    static RawCell error(String value) {
        return new RawCell(Kind.ERROR, value == null ? "#" : value, null, null);
    }

    boolean isBlank() {
        return kind == Kind.TEXT && Cells.clean(text).isEmpty();
    }
}
