package nl.wmoscorecards.core.report;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.io.LimitedInputStream;
import nl.wmoscorecards.core.region.RegionCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a provider's report file: XLSX (first sheet), CSV/text (';' or ',', UTF-8 with or without BOM, or
 * Windows-1252), or a PDF for a document type. The format comes from the bytes, never from the name.
 * Every cell is checked against its column; any problem refuses the whole file, with at most
 * {@link ProblemList#MAX_LISTED} problems in Dutch that a provider can act on. At most {@link #MAX_ROWS}
 * data rows: a larger file is refused as soon as the limit is passed, without reading further.
 */
public final class ReportFileReader implements ReportReader {
    public static final int MAX_ROWS = 100_000;
    /** Caps a text file that is one endless line or padded with blank lines. */
    static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ReportFileReader.class);

    private final CellReader cells;

    public ReportFileReader(RegionCatalog regions) {
        this.cells = new CellReader(regions);
    }

    @Override
    public ParsedReport read(ReportType type, String fileName, InputStream in) throws IOException {
        BufferedInputStream input = new BufferedInputStream(in, SniffedFormat.SNIFF_BYTES);
        input.mark(SniffedFormat.SNIFF_BYTES);
        SniffedFormat format = SniffedFormat.detect(input.readNBytes(SniffedFormat.SNIFF_BYTES));
        input.reset();
        try {
            if (format == SniffedFormat.EMPTY) {
                throw empty(type); // alike for every format: a 0-byte CSV, XLSX or PDF is the same mistake
            }
            checkDeclaredFormat(type, fileName, format);
            ParsedReport report = type.document() ? readDocument(type, format) : readTable(type, format, input);
            if (!report.accepted()) {
                LOG.info("report {} ({}) refused with {} problems, first: {}", type.id(), format,
                        report.problems().size(), report.problems().get(0).messageEn());
            }
            return report;
        } catch (FileRefusal refusal) {
            LOG.info("report {} ({}) refused: {}", type.id(), format, refusal.getMessage());
            return refused(refusal.problem());
        }
    }

    /**
     * The name's extension was checked when the URL was issued and is the content type the upload was signed
     * for: bytes of another kind (CSV saved as .xlsx, an Excel file renamed .csv) are refused, not guessed at.
     */
    private static void checkDeclaredFormat(ReportType type, String fileName, SniffedFormat format) throws FileRefusal {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx") && format != SniffedFormat.XLSX) {
            throw new FileRefusal(null, "Dit bestand heeft de extensie .xlsx, maar het is " + format.dutchDescription()
                    + ". Open het in Excel en kies 'Opslaan als' > 'Excel-werkmap (.xlsx)', of upload een CSV-bestand"
                    + " met de extensie .csv.", "declared .xlsx, content is " + format);
        }
        if (name.endsWith(".csv") && format != SniffedFormat.TEXT && format != SniffedFormat.UTF16_TEXT) {
            throw new FileRefusal(null, "Dit bestand heeft de extensie .csv, maar het is " + format.dutchDescription()
                    + ". Upload een Excel-bestand met de extensie .xlsx, of sla het in Excel op als 'CSV UTF-8' en"
                    + " upload dat.", "declared .csv, content is " + format);
        }
        if (name.endsWith(".pdf") && format != SniffedFormat.PDF && type.document()) {
            throw new FileRefusal(null, "Dit bestand heeft de extensie .pdf, maar het is " + format.dutchDescription()
                    + ". Sla het document op als PDF ('Opslaan als' > PDF) en upload het opnieuw.",
                    "declared .pdf, content is " + format);
        }
    }

    private static ParsedReport readDocument(ReportType type, SniffedFormat format) throws FileRefusal {
        if (format != SniffedFormat.PDF) {
            throw new FileRefusal(null, "Voor '" + type.name() + "' verwachten we een PDF-bestand, maar dit is "
                    + format.dutchDescription() + ". Sla het document op als PDF ('Opslaan als' > PDF) en upload het"
                    + " opnieuw.", "document type needs a PDF, got " + format);
        }
        return new ParsedReport(List.of(), List.of());
    }

    private ParsedReport readTable(ReportType type, SniffedFormat format, InputStream input)
            throws IOException, FileRefusal {
        try (RowSource source = open(type, format, input)) {
            return readRows(type, source);
        } catch (DetectingTextReader.MixedEncodingException e) {
            throw new FileRefusal(null, "Het bestand gebruikt twee tekencoderingen door elkaar (UTF-8 en"
                    + " Windows-1252), waardoor letters als ë en é niet goed te lezen zijn. Open het bestand in Excel,"
                    + " kies 'Opslaan als' > 'CSV UTF-8 (door lijstscheidingsteken gescheiden)' en upload het"
                    + " opnieuw.", "mixed UTF-8 and Windows-1252");
        } catch (LimitedInputStream.LimitExceeded e) {
            throw new FileRefusal(null, "Het bestand is groter dan " + MAX_TEXT_BYTES / 1024 / 1024 + " MB. Controleer"
                    + " of u het goede bestand heeft gekozen.", "text file larger than " + MAX_TEXT_BYTES + " bytes");
        }
    }

    private static RowSource open(ReportType type, SniffedFormat format, InputStream input)
            throws IOException, FileRefusal {
        switch (format) {
            case XLSX:
                return XlsxRowSource.open(input);
            case TEXT:
                return new CsvRowSource(new LimitedInputStream(input, MAX_TEXT_BYTES));
            case EMPTY:
                throw empty(type);
            default:
                throw new FileRefusal(null, "Dit is " + format.dutchDescription() + ". Voor '" + type.name()
                        + "' hebben we een Excel-bestand (.xlsx) of een CSV-bestand nodig. Download het sjabloon,"
                        + " vul het in en upload het opnieuw.", "table type cannot read " + format);
        }
    }

    private ParsedReport readRows(ReportType type, RowSource source) throws IOException, FileRefusal {
        ProblemList problems = new ProblemList();
        RawRow header = nextNonBlank(source);
        if (header == null) {
            throw empty(type);
        }
        List<ReportColumn> columns = HeaderMatcher.match(type, header, problems);
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        List<ReportRow> rows = new ArrayList<>();
        int dataRows = 0;
        for (RawRow row = nextNonBlank(source); row != null; row = nextNonBlank(source)) {
            if (++dataRows > MAX_ROWS) {
                throw new FileRefusal(row.rowNumber(), "Het bestand heeft meer dan " + String.format("%,d", MAX_ROWS)
                        .replace(',', '.') + " regels met gegevens. Dat is meer dan een rapportage kan bevatten:"
                        + " controleer of u het goede bestand heeft gekozen, of splits het.",
                        "more than " + MAX_ROWS + " data rows");
            }
            ReportRow parsed = readRow(row, columns, problems);
            if (problems.isEmpty()) {
                rows.add(parsed);
            } else {
                rows.clear(); // a refused file keeps no rows; stop holding them
            }
        }
        return problems.isEmpty() ? new ParsedReport(rows, List.of()) : refused(problems);
    }

    private ReportRow readRow(RawRow row, List<ReportColumn> columns, ProblemList problems) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ReportColumn column = columns.get(i);
            if (column == null) {
                continue;
            }
            RawCell cell = row.cell(i);
            try {
                Object value = cells.read(column, cell);
                if (value != null) {
                    values.put(column.key(), value);
                }
            } catch (CellRefusal refusal) {
                problems.add(row.rowNumber(), column, cell.text(), refusal);
            }
        }
        for (int i = columns.size(); i < row.cells().size(); i++) {
            RawCell extra = row.cell(i);
            if (!extra.isBlank()) {
                problems.add(new ReportProblem(row.rowNumber(), null, extra.text(),
                        "Deze rij heeft meer waarden dan er kolommen zijn ('" + ReportProblem.quote(extra.text()) + "' staat in een kolom zonder kop)."
                                + " Haal de waarde weg of controleer of er een scheidingsteken te veel in de rij staat.",
                        "row has a value beyond the header's columns"));
                break;
            }
        }
        return new ReportRow(row.rowNumber(), values);
    }

    private static RawRow nextNonBlank(RowSource source) throws IOException, FileRefusal {
        RawRow row = source.next();
        while (row != null && row.isBlank()) {
            row = source.next();
        }
        return row;
    }

    private static FileRefusal empty(ReportType type) {
        return new FileRefusal(null, "Het bestand is leeg. Download het sjabloon voor '" + type.name()
                + "', vul het in en upload het opnieuw.", "empty file");
    }

    private static ParsedReport refused(ProblemList problems) {
        return new ParsedReport(List.of(), problems.toList());
    }

    private static ParsedReport refused(ReportProblem problem) {
        return new ParsedReport(List.of(), List.of(problem));
    }
}
