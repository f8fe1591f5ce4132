package nl.wmoscorecards.site;

import java.util.List;

/**
 * CSV as spreadsheet programs read it safely: every field quoted, quotes doubled, and a field that starts
 * with = + - @ (or a tab or carriage return) prefixed with an apostrophe, so a provider name can never run
 * as a formula (CSV injection). Numbers are written without sign, so no real value is changed.
 */
final class CsvCells {
    private CsvCells() {
    }

    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendQuoted(line, fields.get(i) == null ? "" : fields.get(i));
        }
        return line.append("\r\n").toString();
    }

    /** The field quoted, its quotes doubled and a formula start neutralised, appended to the line. */
    static void appendQuoted(StringBuilder line, String field) {
        line.append('"');
        if (startsLikeFormula(field)) {
            line.append('\'');
        }
        if (field.indexOf('"') < 0) {
            line.append(field);
        } else {
            line.append(field.replace("\"", "\"\""));
        }
        line.append('"');
    }

    static String neutralise(String field) {
        return startsLikeFormula(field) ? "'" + field : field;
    }

    private static boolean startsLikeFormula(String field) {
        return !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0;
    }
}
