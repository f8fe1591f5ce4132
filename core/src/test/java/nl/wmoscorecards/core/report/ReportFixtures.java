package nl.wmoscorecards.core.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds report files in the shapes providers make them, from typed rows. Fake data only. */
public final class ReportFixtures {
    static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();

    private ReportFixtures() {
    }

    static ReportType type(String id) {
        return CONFIG.reportTypes().type(id).orElseThrow();
    }

    static ReportFileReader reader() {
        return new ReportFileReader(CONFIG.regions());
    }

    static ParsedReport read(String typeId, byte[] file) {
        try {
            return reader().read(type(typeId), "upload.bin", new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a CSV is written: separator, number style, date style, encoding, BOM. */
    record CsvStyle(char separator, Function<BigDecimal, String> numbers, DateTimeFormatter dates, Charset charset,
            boolean bom) {
    }

    static final CsvStyle DUTCH_EXCEL = new CsvStyle(';', ReportFixtures::dutchThousands,
            DateTimeFormatter.ofPattern("dd-MM-uuuu"), Charset.forName("UTF-8"), true);
    static final CsvStyle INTERNATIONAL = new CsvStyle(',', BigDecimal::toPlainString,
            DateTimeFormatter.ISO_LOCAL_DATE, Charset.forName("UTF-8"), false);
    static final CsvStyle OLD_WINDOWS = new CsvStyle(';', n -> n.toPlainString().replace('.', ','),
            DateTimeFormatter.ofPattern("d-M-uuuu"), Charset.forName("windows-1252"), false);

    static byte[] csv(ReportType type, List<List<Object>> rows, CsvStyle style) {
        StringBuilder text = new StringBuilder();
        text.append(String.join(String.valueOf(style.separator()),
                type.columns().stream().map(ReportColumn::header).toList())).append("\r\n");
        for (List<Object> row : rows) {
            List<String> fields = new ArrayList<>();
            for (Object value : row) {
                String field;
                if (value instanceof BigDecimal number) {
                    field = style.numbers().apply(number);
                } else if (value instanceof LocalDate date) {
                    field = style.dates().format(date);
                } else {
                    field = value == null ? "" : value.toString();
                }
                fields.add(quoteIfNeeded(field, style.separator()));
            }
            text.append(String.join(String.valueOf(style.separator()), fields)).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (style.bom()) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.toString().getBytes(style.charset()));
        return out.toByteArray();
    }

    static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /**
     * An XLSX as Excel users make it: numbers as numbers, dates as date cells, and municipality codes typed
     * as numbers so Excel has dropped the leading zero.
     */
    static byte[] xlsx(ReportType type, List<List<Object>> rows) {
        return xlsx(sheet -> {
            for (int c = 0; c < type.columns().size(); c++) {
                sheet.value(0, c, type.columns().get(c).header());
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    writeCell(sheet, r + 1, c, type.columns().get(c), rows.get(r).get(c));
                }
            }
        });
    }

    public interface SheetWriter {
        void write(Worksheet sheet) throws IOException;
    }

    /** A one-sheet workbook as Excel writes it (also used by the hostile-input corpus). */
    public static byte[] xlsx(SheetWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            writer.write(workbook.newWorksheet("Blad1"));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One row of plain cells from column A on: numbers as number cells, anything else as text. */
    public static void row(Worksheet sheet, int r, Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number number) {
                sheet.value(r, c, number);
            } else {
                sheet.value(r, c, (String) cells[c]);
            }
        }
    }

    private static void writeCell(Worksheet sheet, int r, int c, ReportColumn column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd-mm-yyyy").set();
        } else if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (column.type() == ColumnType.GEMEENTECODE) {
            sheet.value(r, c, Integer.parseInt((String) value));
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    private static String quoteIfNeeded(String field, char separator) {
        if (field.indexOf(separator) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** 1234567.8 as 1.234.567,80, as Dutch Excel shows a currency amount. */
    private static String dutchThousands(BigDecimal number) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return format.format(number);
    }
}
