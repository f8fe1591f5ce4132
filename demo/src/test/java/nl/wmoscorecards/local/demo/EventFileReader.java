package nl.wmoscorecards.local.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the generated JSON Lines and CSV files back, independently of the generator, for the tests. */
final class EventFileReader {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One event line: the file it came from, its position in the overall file order, its fields. */
    record Line(Path file, int position, String raw, Map<String, String> fields) {
        String get(String field) {
            return fields.get(field);
        }

        String type() {
            return get("type");
        }

        String key() {
            return get("municipality") + "/" + get("allocationNumber");
        }
    }

    private EventFileReader() {
    }

    static List<Line> read(List<Path> files) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jsonl")) {
                readJsonLines(file, lines);
            } else if (name.endsWith(".csv")) {
                readCsv(file, lines);
            }
        }
        return lines;
    }

    private static void readJsonLines(Path file, List<Line> lines) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String raw;
            while ((raw = in.readLine()) != null) {
                Map<String, String> fields = JSON.readValue(raw, new TypeReference<LinkedHashMap<String, String>>() { });
                lines.add(new Line(file, lines.size(), raw, fields));
            }
        }
    }

    private static void readCsv(Path file, List<Line> lines) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(in)) {
                Map<String, String> fields = new LinkedHashMap<>();
                record.toMap().forEach((k, v) -> {
                    if (!v.isEmpty()) {
                        fields.put(k, v);
                    }
                });
                lines.add(new Line(file, lines.size(), String.join(",", record.values()), fields));
            }
        }
    }
}
