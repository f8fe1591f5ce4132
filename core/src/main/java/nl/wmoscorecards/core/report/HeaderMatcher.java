package nl.wmoscorecards.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Matches the header row to the report type's columns by Dutch header (or column key), ignoring case and
 * surrounding spaces. Unknown, duplicate and missing required columns are problems for the whole file (row
 * null), naming the column. A position with an empty header is ignored, whatever is below it.
 */
final class HeaderMatcher {
    private HeaderMatcher() {
    }

    /** The column for each position in the file (null for a position with an empty header). */
    static List<ReportColumn> match(ReportType type, RawRow header, ProblemList problems) {
        Map<String, ReportColumn> known = new HashMap<>();
        for (ReportColumn column : type.columns()) {
            known.put(Cells.comparable(column.header()), column);
            known.putIfAbsent(Cells.comparable(column.key()), column);
        }
        String expected = type.columns().stream().map(ReportColumn::header).collect(Collectors.joining("; "));
        List<ReportColumn> byPosition = new ArrayList<>();
        Map<ReportColumn, Integer> seenAt = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = Cells.clean(header.cell(i).text());
            ReportColumn column = text.isEmpty() ? null : known.get(Cells.comparable(text));
            byPosition.add(column);
            if (text.isEmpty()) {
                continue;
            }
            if (column == null) {
                problems.add(new ReportProblem(null, text, text, "De kolom '" + ReportProblem.quote(text) + "' (kolom " + Cells.columnLetter(i)
                        + ") hoort niet bij '" + type.name() + "'. De eerste regel moet precies deze kolomkoppen"
                        + " hebben: " + expected + ". Verwijder de kolom of pas de kop aan.", "unknown column"));
            } else if (seenAt.containsKey(column)) {
                problems.add(new ReportProblem(null, column.header(), text, "De kolom '" + column.header()
                        + "' staat twee keer in het bestand (kolom " + Cells.columnLetter(seenAt.get(column))
                        + " en kolom " + Cells.columnLetter(i) + "). Verwijder een van beide.", "duplicate column"));
            } else {
                seenAt.put(column, i);
            }
        }
        for (ReportColumn column : type.columns()) {
            if (column.required() && !seenAt.containsKey(column)) {
                problems.add(new ReportProblem(null, column.header(), null, "De verplichte kolom '" + column.header()
                        + "' ontbreekt. Voeg een kolom toe met precies deze kop in de eerste regel. Alle kolommen: "
                        + expected + ".", "missing required column"));
            }
        }
        // A duplicate must not overwrite the first: keep only the first position per column.
        for (int i = 0; i < byPosition.size(); i++) {
            ReportColumn column = byPosition.get(i);
            if (column != null && seenAt.get(column) != i) {
                byPosition.set(i, null);
            }
        }
        return byPosition;
    }
}
