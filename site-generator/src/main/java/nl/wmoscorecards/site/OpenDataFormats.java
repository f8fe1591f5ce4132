package nl.wmoscorecards.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.report.ReproducibleXlsx;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One open-data table in the four forms people and programs open: the machine CSV (',' and a decimal point,
 * every field quoted), the Excel CSV that Dutch Excel opens in columns (UTF-8 with BOM, ';', a decimal comma),
 * an XLSX (numbers as numbers, codes as text, a second sheet with the columns) and JSON (numbers as numbers).
 * Text that starts like a formula gets an apostrophe in both CSVs ({@link CsvCells}). The same rows give the
 * same bytes: keys in column order, no time of writing (the XLSX carries the data's own date).
 */
final class OpenDataFormats {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> HEADERS = OpenDataColumn.ALL.stream().map(OpenDataColumn::name).toList();

    private OpenDataFormats() {
    }

    static String machineCsv(List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder(256 + rows.size() * 256);
        csv.append(CsvCells.line(HEADERS));
        for (List<Object> row : rows) {
            csv.append(CsvCells.line(row.stream().map(OpenDataFormats::machineText).toList()));
        }
        return csv.toString();
    }

    static byte[] excelCsv(List<String> headers, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder(256 + rows.size() * 256);
        excelLine(csv, List.copyOf(headers));
        for (List<Object> row : rows) {
            excelLine(csv, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length() + 16);
        out.writeBytes(UTF8_BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] excelCsv(List<List<Object>> rows) {
        return excelCsv(HEADERS, rows);
    }

    static byte[] xlsx(List<List<Object>> rows, LocalDate dataDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Wmo Scorecards", "1.0");
            workbook.setCompressionLevel(0); // ReproducibleXlsx compresses it once, when it rewrites the package
            Worksheet data = workbook.newWorksheet("KPI-resultaten");
            for (int c = 0; c < HEADERS.size(); c++) {
                data.value(0, c, HEADERS.get(c));
                data.style(0, c).bold().set();
                data.width(c, Math.max(10, HEADERS.get(c).length() + 3));
            }
            data.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof BigDecimal number) {
                        data.value(r + 1, c, number);
                        if (number.scale() > 0) { // whole numbers read right in the General format; no style per cell
                            data.style(r + 1, c).format("0." + "0".repeat(number.scale())).set();
                        }
                    } else if (cell != null) {
                        data.value(r + 1, c, cell.toString());
                    }
                }
            }
            Worksheet columns = workbook.newWorksheet("Kolommen");
            List<List<Object>> dictionary = dictionaryRows();
            List<String> dictionaryHeaders = List.of("kolom", "eenheid", "betekenis");
            for (int c = 0; c < dictionaryHeaders.size(); c++) {
                columns.value(0, c, dictionaryHeaders.get(c));
                columns.style(0, c).bold().set();
            }
            for (int r = 0; r < dictionary.size(); r++) {
                for (int c = 0; c < 3; c++) {
                    columns.value(r + 1, c, dictionary.get(r).get(c).toString());
                }
            }
            columns.width(0, 20);
            columns.width(1, 28);
            columns.width(2, 100);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an open-data XLSX", e);
        }
        return ReproducibleXlsx.normalise(out.toByteArray(), dataDate);
    }

    /** The JSON file: what it covers (in Dutch keys), the columns with unit and meaning, and the rows. */
    static String json(Map<String, Object> about, List<List<Object>> rows) {
        Map<String, Object> root = new LinkedHashMap<>(about);
        root.put("kolommen", OpenDataColumn.ALL.stream().map(c -> {
            Map<String, String> column = new LinkedHashMap<>();
            column.put("naam", c.name());
            column.put("eenheid", c.unit());
            column.put("betekenis", c.meaning());
            return column;
        }).toList());
        root.put("rijen", rows.stream().map(row -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < HEADERS.size(); i++) {
                object.put(HEADERS.get(i), row.get(i));
            }
            return object;
        }).toList());
        return JSON.writeValueAsString(root);
    }

    /** The data dictionary as rows: column, unit, meaning. */
    static List<List<Object>> dictionaryRows() {
        return OpenDataColumn.ALL.stream().map(c -> List.<Object>of(c.name(), c.unit(), c.meaning())).toList();
    }

    private static String machineText(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal number ? number.toPlainString() : cell.toString();
    }

    private static void excelLine(StringBuilder csv, List<?> row) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            Object cell = row.get(i);
            if (cell instanceof BigDecimal number) {
                csv.append(number.toPlainString().replace('.', ','));
            } else if (cell != null) {
                csv.append('"').append(CsvCells.neutralise(cell.toString()).replace("\"", "\"\"")).append('"');
            }
        }
        csv.append("\r\n");
    }
}
