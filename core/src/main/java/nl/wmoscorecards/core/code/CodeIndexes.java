package nl.wmoscorecards.core.code;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** The code indexes of {@link Coded}, one per vocabulary, built on first use. */
final class CodeIndexes {
    static final ClassValue<Map<String, ?>> BY_TYPE = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(c -> ((Coded) c).code(), c -> c));
        }
    };

    private CodeIndexes() {
    }
}
