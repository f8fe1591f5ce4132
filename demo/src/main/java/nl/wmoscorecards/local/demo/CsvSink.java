package nl.wmoscorecards.local.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a header row with every field name, then one comma-separated row per event (absent = empty). */
final class CsvSink implements EventSink {
    private final BufferedWriter out;

    CsvSink(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        EventField[] fields = EventField.values();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(fields[i].fieldName());
        }
        out.write('\n');
    }

    @Override
    public void write(EventLine line) throws IOException {
        EventField[] fields = EventField.values();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = line.get(fields[i]);
            out.write(value == null ? "" : quoteIfNeeded(value));
        }
        out.write('\n');
    }

    private static String quoteIfNeeded(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
