package nl.wmoscorecards.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row of the documented field names, one event per row. The separator (, or ;) is
 * read from the header line.
 */
public final class CsvEventParser {
    private final EventFields fields;

    public CsvEventParser(EventFields fields) {
        this.fields = fields;
    }

    public void parse(String file, InputStream in, EventSink sink) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(TextInput.utf8(in), TextInput.MAX_LINE_LENGTH);
        String first;
        try {
            first = lines.readLine();
        } catch (CharacterCodingException e) {
            first = null;
        }
        if (first == null || first.isBlank() || first == BoundedLineReader.TOO_LONG) {
            sink.error(new IngestError(file, "line 1", null, null, "file has no readable header row (UTF-8)"));
            return;
        }
        char separator = count(first, ';') > count(first, ',') ? ';' : ',';
        List<String> header = parseRow(first, separator);
        String problem = headerProblem(header);
        if (problem != null) {
            sink.error(new IngestError(file, "line 1", null, null, problem));
            return;
        }
        lines.forEachLine(file, sink, (location, line) -> parseLine(file, location, header, separator, line, sink));
    }

    private void parseLine(String file, String location, List<String> header, char separator, String line,
                           EventSink sink) {
        List<String> values;
        try {
            values = parseRow(line, separator);
        } catch (UncheckedIOException | IllegalStateException e) {
            sink.error(new IngestError(file, location, null, null, "row is not valid CSV (unbalanced quotes?)"));
            return;
        }
        if (values.size() != header.size()) {
            sink.error(new IngestError(file, location, null, null,
                    "row has " + values.size() + " columns, the header has " + header.size()));
            return;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), values.get(i));
        }
        List<IngestError> errors = new ArrayList<>();
        fields.toEvent(file, location, row, errors).ifPresent(e -> sink.message(file, location, List.of(e)));
        errors.forEach(sink::error);
    }

    /** One row per physical line: events never need multi-line values, and line numbers stay true. */
    private static List<String> parseRow(String line, char separator) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
        try (Reader reader = new StringReader(line); CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalStateException("expected one record");
            }
            return records.get(0).toList().stream().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String headerProblem(List<String> header) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                return "header names column '" + column + "' twice";
            }
        }
        if (!seen.contains("type")) {
            return "header has no 'type' column; expected type,messageId,sentAt,municipality,provider,"
                    + "allocationNumber and the fields of each type";
        }
        return null;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
