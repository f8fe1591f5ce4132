package nl.wmoscorecards.functions.aws;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Structured JSON logs and CloudWatch EMF metrics (Powertools v2, plain API, no AspectJ), in Lambda
 * only: the CLI and the tests call the same handlers, and their console must stay quiet (EMF is
 * written to standard output). Namespace and service come from POWERTOOLS_* variables in
 * template.yaml. The event is never logged: it carries tokens, and ingest objects carry BSNs.
 */
public final class Telemetry {
    private static final boolean IN_LAMBDA = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null;
    /** Lambda runs one invocation at a time per JVM, so a plain flag will do. */
    private static boolean counted;

    private Telemetry() {
    }

    /** Runs one invocation with the Lambda context in every log line and the metrics flushed at the end. */
    public static <T> T invocation(Context context, Supplier<T> body) {
        if (!IN_LAMBDA || context == null) {
            return body.get();
        }
        return PowertoolsLogging.withLogging(context, () -> {
            Metrics metrics = MetricsFactory.getMetricsInstance();
            metrics.captureColdStartMetric(context); // after the logging set-up, which reads the cold-start flag first
            try {
                return body.get();
            } finally {
                if (counted) { // nothing to flush on, say, a refused request: Powertools would warn
                    metrics.flush();
                    counted = false;
                }
            }
        });
    }

    /** Adds to a count metric of this invocation (no-op outside Lambda). */
    public static void count(String name, double value) {
        if (IN_LAMBDA) {
            MetricsFactory.getMetricsInstance().addMetric(name, value, MetricUnit.COUNT);
            counted = true;
        }
    }
}
