package nl.wmoscorecards.local.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one JSON object per line with only the fields present; every value is a JSON string. */
final class JsonLinesSink implements EventSink {
    private final BufferedWriter out;

    JsonLinesSink(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void write(EventLine line) throws IOException {
        out.write('{');
        boolean first = true;
        for (EventField field : EventField.values()) {
            String value = line.get(field);
            if (value == null) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            out.write('"');
            out.write(field.fieldName());
            out.write("\":\"");
            out.write(escape(value));
            out.write('"');
        }
        out.write("}\n");
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
