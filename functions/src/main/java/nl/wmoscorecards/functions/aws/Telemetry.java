package nl.wmoscorecards.functions.aws;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Structured JSON logs (Powertools v2 logging, plain API, no AspectJ, on the JSON-lines back-end of aws/log) and
 * CloudWatch EMF metrics ({@link EmbeddedMetrics}), in Lambda only: the CLI and the tests call the same handlers,
 * and their console must stay quiet (EMF is written to standard output). Namespace and service come from
 * POWERTOOLS_* variables in template.yaml. The event is never logged: it carries tokens, and ingest objects
 * carry BSNs.
 */
public final class Telemetry {
    private static final boolean IN_LAMBDA = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null;
    /** Lambda runs one invocation at a time per JVM, so plain fields will do. */
    private static EmbeddedMetrics metrics;
    private static boolean coldStart = true;
    /** While a SnapStart priming request runs: it must not count, or the first real invocation would flush it. */
    private static boolean priming;

    private Telemetry() {
    }

    private static EmbeddedMetrics metrics() {
        if (metrics == null) {
            metrics = EmbeddedMetrics.fromEnvironment();
        }
        return metrics;
    }

    /** Runs one invocation with the Lambda context in every log line and the metrics flushed at the end. */
    public static <T> T invocation(Context context, Supplier<T> body) {
        if (!IN_LAMBDA || context == null) {
            return body.get();
        }
        return PowertoolsLogging.withLogging(context, () -> {
            if (coldStart) {
                coldStart = false;
                metrics().coldStart(context.getFunctionName(), context.getAwsRequestId());
            }
            try {
                return body.get();
            } finally {
                metrics().flush(); // nothing is written when nothing was counted (a refused request, say)
            }
        });
    }

    /**
     * Runs priming requests (SnapStart, before the snapshot) without counting what they do, then publishes one
     * {@value #PRIMED} metric, which counts the snapshots a deploy made: a true figure, so the priming leaves no
     * false one behind, and the metrics path has run before the snapshot.
     */
    public static <T> T priming(Supplier<T> body) {
        priming = true;
        try {
            return body.get();
        } finally {
            priming = false;
            if (IN_LAMBDA) {
                metrics().count(PRIMED, 1);
                metrics().flush();
            }
        }
    }

    /** The metric a SnapStart priming publishes, once per snapshot. */
    public static final String PRIMED = "SnapshotsPrimed";

    /** Adds to a count metric of this invocation (no-op outside Lambda and while priming). */
    public static void count(String name, double value) {
        if (IN_LAMBDA && !priming) {
            metrics().count(name, value);
        }
    }
}
