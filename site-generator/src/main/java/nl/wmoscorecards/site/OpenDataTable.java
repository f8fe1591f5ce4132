package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One scorecard's open-data rows ({@link OpenDataRows}), each written once in the text forms of
 * {@link OpenDataFormats}: the scorecard's files, its year's files and its providers' files put the same lines
 * side by side, so a national site formats every row once instead of three times.
 */
final class OpenDataTable {
    /** One row: its provider, its cells, and its line in each CSV and its object in the JSON. */
    record Row(String provider, List<Object> cells, byte[] machineCsv, byte[] excelCsv, String json) {
    }

    private static final int AGB_COLUMN = OpenDataColumn.ALL.stream().map(OpenDataColumn::name).toList().indexOf("agb");

    private final List<Row> rows;

    private OpenDataTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static OpenDataTable of(List<List<Object>> cells) {
        List<String> json = OpenDataFormats.jsonRows(cells);
        List<Row> rows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            List<Object> row = cells.get(i);
            rows.add(new Row((String) row.get(AGB_COLUMN), row, OpenDataFormats.machineCsvLine(row),
                    OpenDataFormats.excelCsvLine(row), json.get(i)));
        }
        return new OpenDataTable(rows);
    }

    /** The rows of the tables one after the other. */
    static OpenDataTable concat(List<OpenDataTable> tables) {
        List<Row> rows = new ArrayList<>();
        tables.forEach(table -> rows.addAll(table.rows));
        return new OpenDataTable(rows);
    }

    List<Row> rows() {
        return rows;
    }

    List<List<Object>> cells() {
        return rows.stream().map(Row::cells).toList();
    }

    /** Writes the table's machine CSV and Excel CSV ({@code stem.csv}, {@code stem-excel.csv}). */
    static void writeCsvs(String stem, List<Row> rows, SiteWriter out) throws IOException {
        out.stream(stem + ".csv", file -> OpenDataFormats.writeMachineCsv(file, rows.stream().map(Row::machineCsv).toList()));
        out.stream(stem + "-excel.csv", file -> OpenDataFormats.writeExcelCsv(file, rows.stream().map(Row::excelCsv).toList()));
    }

    List<String> jsonRows() {
        return rows.stream().map(Row::json).toList();
    }
}
