package nl.wmoscorecards.site;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.report.ReproducibleXlsx;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.core.JsonGenerator;
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
    private static final byte[] MACHINE_HEADER = CsvCells.line(HEADERS).getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXCEL_HEADER = excelCsvLine(HEADERS);

    private OpenDataFormats() {
    }

    /** One row as a line of the machine CSV, UTF-8. */
    static byte[] machineCsvLine(List<Object> row) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            CsvCells.appendQuoted(line, machineText(row.get(i)));
        }
        return line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One row as a line of the Excel CSV, UTF-8. */
    static byte[] excelCsvLine(List<?> row) {
        StringBuilder line = new StringBuilder(256);
        excelLine(line, row);
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The machine CSV of the given lines ({@link #machineCsvLine}): the header, then the lines. */
    static void writeMachineCsv(OutputStream out, List<byte[]> lines) throws IOException {
        out.write(MACHINE_HEADER);
        for (byte[] line : lines) {
            out.write(line);
        }
    }

    /** The Excel CSV of the given lines ({@link #excelCsvLine}): the BOM, the header, then the lines. */
    static void writeExcelCsv(OutputStream out, List<byte[]> lines) throws IOException {
        out.write(UTF8_BOM);
        out.write(EXCEL_HEADER);
        for (byte[] line : lines) {
            out.write(line);
        }
    }

    /** A small table as an Excel CSV (the data dictionary). */
    static byte[] excelCsv(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(UTF8_BOM);
        csv.writeBytes(excelCsvLine(List.copyOf(headers)));
        rows.forEach(row -> csv.writeBytes(excelCsvLine(row)));
        return csv.toByteArray();
    }

    static byte[] xlsx(List<List<Object>> rows, LocalDate dataDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Wmo Scorecards", "1.0");
            // Compressed once, here, at fastexcel's own level; ReproducibleXlsx copies the compressed entries as they are.
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

    /**
     * The rows as the JSON file's "rijen" hold them (each an object keyed by column, at the file's indentation),
     * rendered once: a scorecard's file and its year's file place the same text ({@link #json}).
     */
    static List<String> jsonRows(List<List<Object>> rows) {
        StringWriter text = new StringWriter(256 + rows.size() * 720);
        List<String> objects = new ArrayList<>(rows.size());
        // The rows are written where the file has them (root object, "rijen" array), so the pretty printer
        // indents them as it does there; each row's text is cut out after its separator.
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeArrayPropertyStart("rijen");
            json.flush();
            for (List<Object> row : rows) {
                int start = text.getBuffer().length();
                writeRow(json, row);
                json.flush();
                StringBuffer written = text.getBuffer();
                objects.add(written.substring(written.indexOf("{", start)));
            }
        }
        return objects;
    }

    /**
     * The JSON file: what it covers (in Dutch keys), the columns with unit and meaning, and the rows ({@link #jsonRows}),
     * streamed as UTF-8 (a national year's file is 23 MB: as one String it was a few huge arrays per year).
     */
    static void writeJson(OutputStream out, Map<String, Object> about, List<String> jsonRows) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> entry : about.entrySet()) {
                json.writePOJOProperty(entry.getKey(), entry.getValue());
            }
            json.writeArrayPropertyStart("kolommen");
            for (OpenDataColumn column : OpenDataColumn.ALL) {
                json.writeStartObject();
                json.writeStringProperty("naam", column.name());
                json.writeStringProperty("eenheid", column.unit());
                json.writeStringProperty("betekenis", column.meaning());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("rijen");
            for (String row : jsonRows) {
                json.writeRawValue(row);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** A row's cells are text, a BigDecimal or null. */
    private static void writeRow(JsonGenerator json, List<Object> row) {
        json.writeStartObject();
        for (int i = 0; i < HEADERS.size(); i++) {
            Object cell = row.get(i);
            if (cell instanceof BigDecimal number) {
                json.writeNumberProperty(HEADERS.get(i), number);
            } else {
                json.writeStringProperty(HEADERS.get(i), cell == null ? null : cell.toString()); // null writes null
            }
        }
        json.writeEndObject();
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
                CsvCells.appendQuoted(csv, cell.toString());
            }
        }
        csv.append("\r\n");
    }
}
