package nl.wmoscorecards.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Empty templates a provider downloads and fills in: the Dutch header row of a report type, as CSV that
 * Dutch Excel opens cleanly (UTF-8 with BOM, ';') and as an XLSX. Both read back as a valid empty report.
 */
public final class ReportTemplates {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int MAX_SHEET_NAME = 31;
    /** A template has no data date of its own; a fixed one keeps its bytes the same in every publish. */
    private static final LocalDate TEMPLATE_DATE = LocalDate.of(2026, 1, 1);

    private ReportTemplates() {
    }

    public static byte[] csv(ReportType type) {
        List<ReportColumn> columns = tableColumns(type);
        StringBuilder header = new StringBuilder();
        for (ReportColumn column : columns) {
            if (header.length() > 0) {
                header.append(';');
            }
            header.append(csvField(column.header()));
        }
        header.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        out.writeBytes(header.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static byte[] xlsx(ReportType type) {
        List<ReportColumn> columns = tableColumns(type);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Wmo Scorecards", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(type.name()));
            for (int i = 0; i < columns.size(); i++) {
                ReportColumn column = columns.get(i);
                sheet.value(0, i, column.header());
                sheet.style(0, i).bold().set();
                sheet.width(i, Math.max(12, column.header().length() + 4));
                // Text columns as text, so Excel keeps leading zeros and does not turn codes into dates.
                if (column.type() != ColumnType.INTEGER && column.type() != ColumnType.DECIMAL
                        && column.type() != ColumnType.DATE) {
                    sheet.range(1, i, 1000, i).style().format("@").set();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write XLSX template for " + type.id(), e);
        }
        return ReproducibleXlsx.normalise(out.toByteArray(), TEMPLATE_DATE);
    }

    private static List<ReportColumn> tableColumns(ReportType type) {
        if (type.document()) {
            throw new IllegalArgumentException("report type " + type.id() + " is a document; it has no template");
        }
        return type.columns();
    }

    private static String csvField(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf(',') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\. */
    private static String sheetName(String name) {
        String safe = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return safe.length() <= MAX_SHEET_NAME ? safe : safe.substring(0, MAX_SHEET_NAME).trim();
    }
}
