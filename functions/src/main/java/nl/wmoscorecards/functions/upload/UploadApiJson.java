package nl.wmoscorecards.functions.upload;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The upload API's JSON on Jackson's streaming core, without databind: databind's mapper and serializers were a
 * few hundred of the classes a cold start of the function loaded (docs/performance.md). Output and leniency are
 * databind's: a compact object with its entries in order, and a body read as databind's readTree read it (the
 * last of repeated fields wins, anything after the value is an error).
 */
final class UploadApiJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private UploadApiJson() {
    }

    /**
     * The text fields at the top level of a JSON object; a field that is not text (a number, an object, null) maps
     * to null. Empty when the body is not one well-formed JSON object.
     */
    static Optional<Map<String, String>> textFields(String body) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, String> fields = new HashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                fields.put(name, value == JsonToken.VALUE_STRING ? parser.getString() : null);
                parser.skipChildren();
            }
            return parser.nextToken() == null ? Optional.of(fields) : Optional.empty();
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
    }

    /** Maps (entries in their order), lists, text, numbers, booleans and null as compact JSON. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(json, value);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName()
                    + " in an upload API response: give it as a map, list or value");
        }
    }
}
