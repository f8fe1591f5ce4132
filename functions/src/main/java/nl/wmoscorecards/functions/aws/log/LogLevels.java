package nl.wmoscorecards.functions.aws.log;

import java.util.Locale;
import org.slf4j.event.Level;

/**
 * The levels of the JSON-lines back-end, as the Log4j configuration had them: the project's loggers at
 * POWERTOOLS_LOG_LEVEL (INFO unless set), every library at WARN. Powertools may change the project's level
 * (sampling, its own variable) through {@link JsonLinesLoggingManager}.
 */
final class LogLevels {
    private static final String PROJECT = "nl.wmoscorecards";
    private static volatile Level project = parse(System.getenv("POWERTOOLS_LOG_LEVEL"), Level.INFO);

    private LogLevels() {
    }

    static boolean enabled(String logger, Level level) {
        Level threshold = logger.startsWith(PROJECT) ? project : Level.WARN;
        return level.toInt() >= threshold.toInt();
    }

    static Level project() {
        return project;
    }

    static void project(Level level) {
        project = level;
    }

    private static Level parse(String text, Level otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Level.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }
}
