package nl.wmoscorecards.functions.handler;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds what the yearly run's state machine passes between its steps to the step records and back. The Lambda
 * runtime hands a step its JSON as a map and writes the map it answers (its own serializer binds no records), so
 * the handlers keep {@code Map} at the edge and work with records inside; a record's components, in order, are
 * the JSON's fields. Fields a step does not read (the Map state's "measured" in finish's input) are ignored.
 */
final class StepJson {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS) // "year": "2027" is refused, as it always was
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private StepJson() {
    }

    /** The step's input as its record; a missing or malformed field fails with the record's message naming it. */
    static <T> T read(Map<String, Object> input, Class<T> step) {
        try {
            return JSON.convertValue(input, step);
        } catch (DatabindException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException invalid) {
                    throw invalid;
                }
            }
            throw new IllegalArgumentException("kpi-run step input: " + e.getPathReference() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The step's answer as the JSON object the state machine passes on. */
    static Map<String, Object> write(Object answer) {
        return JSON.convertValue(answer, MAP);
    }
}
