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
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append('"').append(neutralise(field == null ? "" : field).replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }

    static String neutralise(String field) {
        if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            return "'" + field;
        }
        return field;
    }
}
