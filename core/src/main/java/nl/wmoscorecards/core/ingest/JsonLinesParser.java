package nl.wmoscorecards.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Lines: one event per line, an object with the documented field names. Blank lines are skipped. */
public final class JsonLinesParser {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final EventFields fields;

    public JsonLinesParser(EventFields fields) {
        this.fields = fields;
    }

    public void parse(String file, InputStream in, EventSink sink) throws IOException {
        new BoundedLineReader(TextInput.utf8(in), TextInput.MAX_LINE_LENGTH)
                .forEachLine(file, sink, (location, line) -> parseLine(file, location, line, sink));
    }

    private void parseLine(String file, String location, String line, EventSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            sink.error(new IngestError(file, location, null, null, "line is not valid JSON"));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.error(new IngestError(file, location, null, null, "line is not a JSON object"));
            return;
        }
        Map<String, String> values = new HashMap<>();
        List<IngestError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isContainer()) {
                errors.add(new IngestError(file, location, field.getKey(), null, "must be a text value"));
            } else if (!value.isNull()) {
                values.put(field.getKey(), value.asString());
            }
        }
        if (errors.isEmpty()) {
            fields.toEvent(file, location, values, errors).ifPresent(e -> sink.message(file, location, List.of(e)));
        }
        errors.forEach(sink::error);
    }
}
