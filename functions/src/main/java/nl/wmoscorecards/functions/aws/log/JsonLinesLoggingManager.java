package nl.wmoscorecards.functions.aws.log;

import org.slf4j.Logger;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.internal.LoggingManager;

/**
 * How Powertools sets and reads the log level (POWERTOOLS_LOG_LEVEL, debug sampling) of the JSON-lines back-end:
 * the service interface its Log4j and Logback back-ends implement.
 */
public final class JsonLinesLoggingManager implements LoggingManager {
    @Override
    public void setLogLevel(Level level) {
        LogLevels.project(level);
    }

    @Override
    public Level getLogLevel(Logger logger) {
        return LogLevels.project();
    }
}
