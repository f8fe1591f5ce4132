package nl.wmoscorecards.tests.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Records each DynamoDB call a client makes as an IAM action per table (or table/index/NAME). */
final class RecordedCalls implements ExecutionInterceptor {
    private final Map<String, Set<String>> calls = new TreeMap<>();

    @Override
    public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        String action = "dynamodb:" + request.getClass().getSimpleName().replaceFirst("Request$", "");
        for (String target : targets(request)) {
            calls.computeIfAbsent(target, t -> new TreeSet<>()).add(action);
        }
    }

    private static List<String> targets(SdkRequest request) {
        var batch = request.getValueForField("RequestItems", Map.class);
        if (batch.isPresent()) {
            return batch.get().keySet().stream().map(String::valueOf).toList();
        }
        String table = request.getValueForField("TableName", String.class).orElseThrow();
        return List.of(request.getValueForField("IndexName", String.class).map(index -> table + "/index/" + index).orElse(table));
    }

    /** The calls since the last take, then forgets them. */
    synchronized Map<String, Set<String>> take() {
        Map<String, Set<String>> taken = new TreeMap<>(calls);
        calls.clear();
        return taken;
    }
}
