package nl.wmoscorecards.functions.aws.log;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J back-end of the Lambda jar: one JSON object per line on standard output, with the fields Powertools
 * puts in the MDC (function, request id, cold start, service, ...). It replaces Log4j with the JSON template
 * layout, whose start-up (plugins, configuration, layout templates) cost about half a second of every cold
 * start: this one loads a handful of classes. Registered only in the Lambda jar (the shade plugin adds its
 * service file); the CLI keeps slf4j-simple.
 */
public final class JsonLinesProvider implements SLF4JServiceProvider {
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();
    private ILoggerFactory loggers;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        loggers = name -> new JsonLinesLogger(name, mdc);
    }
}
