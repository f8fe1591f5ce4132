package nl.wmoscorecards.core.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the rows of the first worksheet of an XLSX. The archive is held in memory (capped) because the
 * Excel library needs random access; rows are then read one at a time.
 */
final class XlsxRowSource implements RowSource {
    static final int MAX_ARCHIVE_BYTES = 25 * 1024 * 1024;
    private static final int MAX_COLUMNS = 200;

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    private XlsxRowSource(ReadableWorkbook workbook, Stream<Row> rows) {
        this.workbook = workbook;
        this.rows = rows;
        this.iterator = rows.iterator();
    }

    static XlsxRowSource open(InputStream in) throws IOException, FileRefusal {
        byte[] archive = in.readNBytes(MAX_ARCHIVE_BYTES + 1);
        if (archive.length > MAX_ARCHIVE_BYTES) {
            throw new FileRefusal(null, "Het Excel-bestand is groter dan " + MAX_ARCHIVE_BYTES / 1024 / 1024
                    + " MB. Zet alleen de rapportage in het bestand, of lever een CSV-bestand aan.",
                    "XLSX larger than " + MAX_ARCHIVE_BYTES + " bytes");
        }
        ZipBombGuard.check(archive);
        XlsxParts.check(archive);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(new ByteArrayInputStream(archive), new ReadingOptions(true, false));
            return new XlsxRowSource(workbook, workbook.getFirstSheet().openStream());
        } catch (IOException | RuntimeException e) {
            if (workbook != null) {
                workbook.close();
            }
            throw ZipBombGuard.damaged(e.toString());
        }
    }

    @Override
    public RawRow next() throws FileRefusal {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            Row row = iterator.next();
            int width = Math.min(row.getCellCount(), MAX_COLUMNS);
            List<RawCell> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(toRawCell(row.getCell(i)));
            }
            return new RawRow(row.getRowNum(), cells);
        } catch (RuntimeException e) {
            // fastexcel signals broken XML with unchecked exceptions of its own and UncheckedIOException
            throw ZipBombGuard.damaged(e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }

    private static RawCell toRawCell(Cell cell) {
        if (cell == null) {
            return RawCell.EMPTY;
        }
        switch (cell.getType()) {
            case NUMBER:
                return number(cell);
            case FORMULA:
                return RawCell.formula(cell.getFormula());
            case ERROR:
                return RawCell.error(cell.getRawValue());
            case EMPTY:
                return RawCell.EMPTY;
            default:
                return RawCell.text(cell.getText());
        }
    }

    private static RawCell number(Cell cell) {
        String format = cell.getDataFormatString();
        if (ExcelFormats.isDate(cell.getDataFormatId(), format)) {
            return RawCell.date(cell.asDate().toLocalDate());
        }
        BigDecimal value = cell.asNumber();
        // What the provider sees in a percentage cell is the value times 100 (0,085 shows as 8,5%).
        return RawCell.number(ExcelFormats.isPercentage(format) ? value.movePointRight(2) : value);
    }
}
