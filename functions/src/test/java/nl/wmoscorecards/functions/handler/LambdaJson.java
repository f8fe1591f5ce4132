package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event fixtures read and answers written as the Lambda Java runtime does: through its serializer for the
 * handler's types (the events library's classes, records, maps). A step's answer is then the JSON the state
 * machine passes on.
 */
final class LambdaJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LambdaJson() {
    }

    /** The fixture under src/test/resources/events, bound to the handler's input type. */
    static <T> T event(String name, Class<T> type) {
        try (InputStream in = LambdaJson.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no event fixture " + name);
            }
            return serializer(type).fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A state machine step's input fixture, as the runtime hands it to a step handler: a map. */
    @SuppressWarnings("unchecked")
    static java.util.Map<String, Object> step(String name) {
        return event(name, java.util.Map.class);
    }

    /** An event written inline, bound as the runtime binds it. */
    static <T> T bind(String json, Class<T> type) {
        return serializer(type).fromJson(json);
    }

    /** The answer as the runtime writes it, read back as a tree for assertions. */
    @SuppressWarnings("unchecked")
    static JsonNode answer(Object answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer((Class<Object>) answer.getClass()).toJson(answer, out);
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    /** The answer's JSON text, field order included. */
    static String text(Object answer) {
        return answer(answer).toString();
    }

    private static <T> PojoSerializer<T> serializer(Class<T> type) {
        return LambdaEventSerializers.serializerFor(type, LambdaJson.class.getClassLoader());
    }
}
