package nl.wmoscorecards.core.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it: separator ';' (Dutch Excel) or ',' (detected from the header line; a tab
 * too), fields in double quotes with "" for a quote and line breaks inside quotes. One record is one row
 * as the provider sees it in Excel, blank lines included, so row numbers match.
 */
final class CsvRowSource implements RowSource {
    static final int MAX_RECORD_CHARS = 65_536;

    private final BufferedReader in;
    private final char separator;
    private int rowNumber;

    CsvRowSource(InputStream bytes) throws IOException {
        this.in = new BufferedReader(new DetectingTextReader(bytes), MAX_RECORD_CHARS);
        this.separator = detectSeparator(in);
    }

    private int currentRow() {
        return rowNumber + 1;
    }

    @Override
    public RawRow next() throws IOException, FileRefusal {
        List<RawCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        int chars = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (inQuotes) {
                    throw new FileRefusal(currentRow(), "In regel " + currentRow() + " staat een aanhalingsteken (\")"
                            + " dat niet wordt afgesloten. Controleer die regel of sla het bestand opnieuw op vanuit"
                            + " Excel.", "unterminated quote in row " + currentRow());
                }
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            if (++chars > MAX_RECORD_CHARS) {
                throw new FileRefusal(currentRow(), "Regel " + currentRow() + " is langer dan " + MAX_RECORD_CHARS
                        + " tekens, of er ontbreekt een afsluitend aanhalingsteken (\"). Controleer die regel.",
                        "row " + currentRow() + " longer than " + MAX_RECORD_CHARS + " characters");
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        in.read();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == separator) {
                cells.add(RawCell.text(field.toString()));
                field.setLength(0);
            } else if (c == '"' && Cells.clean(field.toString()).isEmpty()) {
                field.setLength(0);
                inQuotes = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    in.read();
                }
                break;
            } else {
                field.append((char) c);
            }
        }
        cells.add(RawCell.text(field.toString()));
        rowNumber++;
        return new RawRow(rowNumber, cells);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int peek() throws IOException {
        in.mark(1);
        int c = in.read();
        in.reset();
        return c;
    }

    /** The separator that occurs most often outside quotes in the first non-blank line; ';' when none. */
    private static char detectSeparator(BufferedReader in) throws IOException {
        in.mark(MAX_RECORD_CHARS);
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean inQuotes = false;
        boolean content = false;
        for (int i = 0; i < MAX_RECORD_CHARS; i++) {
            int c = in.read();
            if (c < 0 || (!inQuotes && (c == '\n' || c == '\r') && content)) {
                break;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
            content |= !Character.isWhitespace(c);
        }
        in.reset();
        if (commas > semicolons && commas >= tabs) {
            return ',';
        }
        return tabs > semicolons ? '\t' : ';';
    }
}
