package nl.wmoscorecards.functions.aws.log;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;

/**
 * Writes each event as one JSON line: level, message, error (name, message, stack), timestamp, logger and every
 * MDC entry, the fields of Powertools' Log4j layout. cold_start, function_memory_size and sampling_rate are
 * written as JSON values, the rest as strings. One {@code println} per event, so lines never interleave.
 */
final class JsonLinesLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    private static final Set<String> UNQUOTED = Set.of("cold_start", "function_memory_size", "sampling_rate");
    private final transient MDCAdapter mdc;

    JsonLinesLogger(String name, MDCAdapter mdc) {
        this.name = name;
        this.mdc = mdc;
    }

    @Override
    public boolean isTraceEnabled() {
        return LogLevels.enabled(name, Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return LogLevels.enabled(name, Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return LogLevels.enabled(name, Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return LogLevels.enabled(name, Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return LogLevels.enabled(name, Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        StringBuilder line = new StringBuilder(256).append("{\"level\":\"").append(level.name()).append('"');
        field(line, "message", MessageFormatter.basicArrayFormat(pattern, arguments));
        if (throwable != null) {
            StringWriter stack = new StringWriter();
            throwable.printStackTrace(new PrintWriter(stack));
            line.append(",\"error\":{");
            line.append("\"name\":");
            quoted(line, throwable.getClass().getName());
            line.append(",\"message\":");
            quoted(line, throwable.getMessage());
            line.append(",\"stack\":");
            quoted(line, stack.toString());
            line.append('}');
        }
        field(line, "logger", name);
        field(line, "timestamp", Instant.now().toString());
        Map<String, String> context = mdc.getCopyOfContextMap();
        if (context != null) {
            context.forEach((key, value) -> {
                if (UNQUOTED.contains(key) && isJsonValue(value)) {
                    line.append(",\"").append(key).append("\":").append(value);
                } else {
                    field(line, key, value);
                }
            });
        }
        PrintStream out = System.out;
        out.println(line.append('}'));
    }

    private static boolean isJsonValue(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (value.equals("true") || value.equals("false")) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && !(c == '-' && i == 0)) {
                return false;
            }
        }
        return true;
    }

    private static void field(StringBuilder line, String key, String value) {
        line.append(',');
        JsonText.quoted(line, key).append(':');
        JsonText.quoted(line, value);
    }

    private static void quoted(StringBuilder line, String value) {
        JsonText.quoted(line, value);
    }
}
