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
    /** While a SnapStart priming request runs: it must not count, or the first real invocation would flush it. */
    private static boolean priming;

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

    /**
     * Runs priming requests (SnapStart, before the snapshot) without counting what they do, then publishes one
     * {@value #PRIMED} metric: adding and flushing a first metric loads most of the metrics back-end (about half a
     * second on a busy core), which a restored instance would otherwise pay in its first request. The metric
     * counts the snapshots a deploy made, a true figure, so the priming leaves no false one behind.
     */
    public static <T> T priming(Supplier<T> body) {
        priming = true;
        try {
            return body.get();
        } finally {
            priming = false;
            if (IN_LAMBDA) {
                Metrics metrics = MetricsFactory.getMetricsInstance();
                metrics.addMetric(PRIMED, 1, MetricUnit.COUNT);
                metrics.flush();
            }
        }
    }

    /** The metric a SnapStart priming publishes, once per snapshot. */
    public static final String PRIMED = "SnapshotsPrimed";

    /** Adds to a count metric of this invocation (no-op outside Lambda and while priming). */
    public static void count(String name, double value) {
        if (IN_LAMBDA && !priming) {
            MetricsFactory.getMetricsInstance().addMetric(name, value, MetricUnit.COUNT);
            counted = true;
        }
    }
}
