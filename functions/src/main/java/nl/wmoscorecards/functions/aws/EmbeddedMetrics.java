package nl.wmoscorecards.functions.aws;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmoscorecards.functions.aws.log.JsonText;

/**
 * CloudWatch metrics in the Embedded Metric Format: one JSON line on standard output per flush, which Lambda's
 * log agent turns into metrics. Counts only, in the namespace POWERTOOLS_METRICS_NAMESPACE with the dimension
 * Service (POWERTOOLS_SERVICE_NAME), as Powertools' metrics module wrote them; written by hand because that
 * module (Jackson 2 and the EMF library, some 550 classes) cost a quarter of a second of every cold start.
 */
final class EmbeddedMetrics {
    private final String namespace;
    private final String service;
    private final PrintStream out;
    private final Map<String, Double> counts = new LinkedHashMap<>();

    EmbeddedMetrics(String namespace, String service, PrintStream out) {
        this.namespace = namespace;
        this.service = service;
        this.out = out;
    }

    static EmbeddedMetrics fromEnvironment() {
        String namespace = System.getenv("POWERTOOLS_METRICS_NAMESPACE");
        String service = System.getenv("POWERTOOLS_SERVICE_NAME");
        return new EmbeddedMetrics(namespace == null ? "WmoScorecards" : namespace,
                service == null ? "service_undefined" : service, System.out);
    }

    void count(String name, double value) {
        counts.merge(name, value, Double::sum);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Writes the counts of this invocation as one EMF document and starts afresh. */
    void flush() {
        if (!counts.isEmpty()) {
            out.println(document(counts, Map.of()));
            counts.clear();
        }
    }

    /** Powertools' ColdStart metric: its own document, with the function name as a second dimension. */
    void coldStart(String functionName, String requestId) {
        out.println(document(Map.of("ColdStart", 1.0), functionName == null ? Map.of()
                : Map.of("FunctionName", functionName, "function_request_id", requestId == null ? "" : requestId)));
    }

    private String document(Map<String, Double> metrics, Map<String, String> extra) {
        StringBuilder json = new StringBuilder(256).append("{\"_aws\":{\"Timestamp\":").append(System.currentTimeMillis())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":");
        JsonText.quoted(json, namespace).append(",\"Dimensions\":[[\"Service\"")
                .append(extra.containsKey("FunctionName") ? ",\"FunctionName\"" : "").append("]],\"Metrics\":[");
        String comma = "";
        for (String name : metrics.keySet()) {
            json.append(comma).append("{\"Name\":");
            JsonText.quoted(json, name).append(",\"Unit\":\"Count\"}");
            comma = ",";
        }
        json.append("]}]},\"Service\":");
        JsonText.quoted(json, service);
        extra.forEach((key, value) -> JsonText.quoted(JsonText.quoted(json.append(','), key).append(':'), value));
        metrics.forEach((name, value) -> JsonText.quoted(json.append(','), name).append(':').append(value));
        return json.append('}').toString();
    }
}
