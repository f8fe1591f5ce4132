package nl.wmoscorecards.tests.deploy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.wmoscorecards.core.concurrent.InOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a state machine of template.yaml the way Step Functions would, for the part of the Amazon States Language
 * the template uses: Task states whose Resource is a function's ARN (by DefinitionSubstitutions) or the SQS
 * sendMessage integration (with Parameters), Map states with ItemsPath, ItemSelector and an inline
 * ItemProcessor, Fail states, ResultPath, Retry and Catch on States.ALL, TimeoutSeconds of a Task and of the
 * whole machine, Next/End. Each Task calls the real handler of the function it names, its input converted as
 * the Lambda Java runtime converts it (a ScheduledEvent through the runtime's event serializer, a Map through
 * JSON); a handler's exception is the state's error named as Lambda names it (the exception's simple class
 * name), a Task that returns after its TimeoutSeconds fails with States.Timeout (Step Functions would stop
 * waiting at that moment; the interpreter notices when the call returns). An execution that ends in a Fail
 * state or an uncaught error throws {@link ExecutionFailed}. Anything else in a definition fails the test, so
 * the template cannot use a feature this interpreter would silently get wrong.
 */
public final class StateMachineRun {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SQS_SEND_MESSAGE = "arn:aws:states:::sqs:sendMessage";
    private static final Set<String> MACHINE_FIELDS = Set.of("Comment", "StartAt", "States", "TimeoutSeconds");
    private static final Set<String> PROCESSOR_FIELDS = Set.of("ProcessorConfig", "StartAt", "States");
    private static final Set<String> TASK_FIELDS = Set.of("Type", "Resource", "Retry", "Catch", "TimeoutSeconds",
            "Parameters", "Next", "End", "Comment", "ResultPath");
    private static final Set<String> MAP_FIELDS = Set.of("Type", "ItemsPath", "ItemSelector", "MaxConcurrency",
            "ItemProcessor", "ResultPath", "Catch", "Next", "End", "Comment");
    private static final Set<String> FAIL_FIELDS = Set.of("Type", "Error", "Cause", "Comment");
    private static final int MOST_THREADS = 4;

    private final Template template;
    private final String stateMachineId;
    private final Function<String, RequestHandler<?, ?>> handlerOfFunction;
    private final List<String> invocations = new ArrayList<>();
    private final List<SentMessage> sentMessages = new ArrayList<>();
    private JsonNode executionInput;
    private String executionId;

    /** @param handlerOfFunction the handler instance to call for a function's logical id */
    StateMachineRun(Template template, String stateMachineId, Function<String, RequestHandler<?, ?>> handlerOfFunction) {
        this.template = template;
        this.stateMachineId = stateMachineId;
        this.handlerOfFunction = handlerOfFunction;
    }

    /** A message a Task sent through the SQS integration: the queue (logical id) and the body as JSON. */
    public record SentMessage(String queue, JsonNode body) {
    }

    /** How an execution ended when it did not succeed: the error, and the cause in the message, as Step Functions says. */
    public static final class ExecutionFailed extends RuntimeException {
        private final String error;

        ExecutionFailed(String error, String cause) {
            super(error + ": " + cause);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    /** A state's error, to be retried, caught or to fail the execution. */
    private static final class StateError extends RuntimeException {
        private final String error;
        private final String cause;

        StateError(String error, String cause) {
            super(error + ": " + cause, null, false, false);
            this.error = error;
            this.cause = cause;
        }
    }

    /** An execution of template.yaml's state machine {@code stateMachineId}, with these handlers per function id. */
    public static StateMachineRun of(String stateMachineId, Map<String, RequestHandler<?, ?>> handlers) {
        return new StateMachineRun(Template.load(), stateMachineId, handlers::get);
    }

    /** The definition as data. */
    JsonNode definition() {
        return JSON.valueToTree(template.properties(stateMachineId).get("Definition"));
    }

    /** Starts an execution with this input and returns its output; throws {@link ExecutionFailed} if it fails. */
    public JsonNode execute(JsonNode input) {
        JsonNode machine = definition();
        onlyFields("the state machine", machine, MACHINE_FIELDS);
        long timeoutMillis = machine.path("TimeoutSeconds").asLong(0) * 1000;
        synchronized (this) {
            executionInput = input;
            executionId = "arn:aws:states:::execution:" + stateMachineId + ":" + java.util.UUID.randomUUID();
        }
        long started = System.nanoTime();
        try {
            JsonNode output = runStates(machine, input);
            if (timeoutMillis > 0 && (System.nanoTime() - started) / 1_000_000 > timeoutMillis) {
                throw new ExecutionFailed("States.Timeout", "the execution outlived the machine's TimeoutSeconds");
            }
            return output;
        } catch (StateError uncaught) {
            throw new ExecutionFailed(uncaught.error, uncaught.cause);
        }
    }

    /** The messages sent so far through the SQS integration. */
    public synchronized List<SentMessage> sentMessages() {
        return List.copyOf(sentMessages);
    }

    /** The functions invoked so far, one entry per invocation (retries included), in the order they started. */
    public synchronized List<String> invocations() {
        return List.copyOf(invocations);
    }

    /** The functions (logical ids) the definition's Task states invoke, the first state's first. */
    List<String> taskFunctions() {
        List<String> functions = new ArrayList<>();
        collectTasks(definition(), functions);
        return functions;
    }

    private void collectTasks(JsonNode machine, List<String> functions) {
        List<String> names = new ArrayList<>(machine.path("States").propertyNames());
        names.remove(machine.path("StartAt").asString());
        names.add(0, machine.path("StartAt").asString());
        for (String name : names) {
            JsonNode state = machine.path("States").path(name);
            if (state.has("Resource") && !isServiceIntegration(state.path("Resource").asString())) {
                functions.add(functionOf(state.path("Resource").asString()));
            }
            if (state.has("ItemProcessor")) {
                collectTasks(state.path("ItemProcessor"), functions);
            }
        }
    }

    /** The function (logical id) a Task's Resource names through DefinitionSubstitutions: its Arn or its alias. */
    String functionOf(String resource) {
        return template.functionNamedBy(substitution(resource));
    }

    /** The queue (logical id) a QueueUrl names through DefinitionSubstitutions: {Ref: queue}. */
    String queueOf(String queueUrl) {
        String queue = Template.refOf(substitution(queueUrl));
        if (queue == null || !"AWS::SQS::Queue".equals(template.resource(queue).get("Type"))) {
            throw new AssertionError("QueueUrl " + queueUrl + " is not a queue's Ref");
        }
        return queue;
    }

    private Object substitution(String placeholder) {
        if (!placeholder.startsWith("${") || !placeholder.endsWith("}")) {
            throw new AssertionError(placeholder + " is not a ${...} of DefinitionSubstitutions");
        }
        Object value = Template.map(template.properties(stateMachineId).get("DefinitionSubstitutions"))
                .get(placeholder.substring(2, placeholder.length() - 1));
        if (value == null) {
            throw new AssertionError("no DefinitionSubstitutions entry for " + placeholder);
        }
        return value;
    }

    private static boolean isServiceIntegration(String resource) {
        return resource.startsWith("arn:aws:states:::");
    }

    private JsonNode runStates(JsonNode machine, JsonNode input) {
        String name = machine.path("StartAt").asString();
        JsonNode data = input;
        while (true) {
            JsonNode state = machine.path("States").path(name);
            if (state.isMissingNode()) {
                throw new AssertionError("no state " + name);
            }
            String next;
            try {
                data = switch (state.path("Type").asString()) {
                    case "Task" -> withResult(data, state, task(name, state, data));
                    case "Map" -> withResult(data, state, map(name, state, data));
                    case "Fail" -> {
                        onlyFields(name, state, FAIL_FIELDS);
                        throw new StateError(state.path("Error").asString("States.Fail"), state.path("Cause").asString(""));
                    }
                    default -> throw new AssertionError(name + ": state type " + state.path("Type") + " not supported");
                };
                if (state.path("End").asBoolean(false)) {
                    return data;
                }
                next = state.path("Next").asString();
            } catch (StateError error) {
                if (state.path("Type").asString().equals("Fail")) {
                    throw error;
                }
                JsonNode catcher = catcherOf(name, state, error);
                if (catcher == null) {
                    throw error;
                }
                ObjectNode errorOutput = JSON.createObjectNode();
                errorOutput.put("Error", error.error);
                errorOutput.put("Cause", error.cause);
                data = withResult(data, catcher, errorOutput);
                next = catcher.path("Next").asString();
            }
            name = next;
        }
    }

    /** The state's Catch that matches the error (States.ALL, or the error's name); null if none. */
    private static JsonNode catcherOf(String name, JsonNode state, StateError error) {
        for (JsonNode catcher : state.path("Catch")) {
            onlyFields(name + " Catch", catcher, Set.of("ErrorEquals", "ResultPath", "Next"));
            for (JsonNode equals : catcher.path("ErrorEquals")) {
                if (equals.asString().equals("States.ALL") || equals.asString().equals(error.error)) {
                    return catcher;
                }
            }
        }
        return null;
    }

    private JsonNode task(String name, JsonNode state, JsonNode input) {
        onlyFields(name, state, TASK_FIELDS);
        String resource = state.path("Resource").asString();
        if (!isServiceIntegration(resource) && state.has("Parameters")) {
            throw new AssertionError(name + ": Parameters on a function's Task not supported");
        }
        long timeoutMillis = state.path("TimeoutSeconds").asLong(0) * 1000;
        int attempts = 1 + retries(name, state);
        for (int attempt = 1; ; attempt++) {
            try {
                long started = System.nanoTime();
                JsonNode result = isServiceIntegration(resource) ? integration(name, resource, state, input)
                        : invoke(functionOf(resource), input);
                if (state.has("TimeoutSeconds") && (System.nanoTime() - started) / 1_000_000 > timeoutMillis) {
                    throw new StateError("States.Timeout", name + " ran longer than its TimeoutSeconds");
                }
                return result;
            } catch (StateError failure) {
                if (attempt >= attempts) {
                    throw failure;
                }
            }
        }
    }

    /** The SQS sendMessage integration: MessageBody (an object) is sent as JSON text to the queue of QueueUrl. */
    private JsonNode integration(String name, String resource, JsonNode state, JsonNode input) {
        if (!resource.equals(SQS_SEND_MESSAGE)) {
            throw new AssertionError(name + ": service integration " + resource + " not supported");
        }
        JsonNode parameters = parameters(state.path("Parameters"), input);
        onlyFields(name + " Parameters", parameters, Set.of("QueueUrl", "MessageBody"));
        String queue = queueOf(parameters.path("QueueUrl").asString());
        synchronized (this) {
            sentMessages.add(new SentMessage(queue, parameters.path("MessageBody")));
        }
        ObjectNode result = JSON.createObjectNode();
        result.put("MessageId", java.util.UUID.randomUUID().toString());
        return result;
    }

    /** Parameters: keys ending in ".$" take a path's value ($..., or $$.Execution.Id / $$.Execution.Input). */
    private JsonNode parameters(JsonNode template, JsonNode input) {
        if (!template.isObject()) {
            return template;
        }
        ObjectNode resolved = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : template.properties()) {
            String key = field.getKey();
            if (!key.endsWith(".$")) {
                resolved.set(key, parameters(field.getValue(), input));
                continue;
            }
            String path = field.getValue().asString();
            JsonNode value;
            synchronized (this) {
                value = switch (path) {
                    case "$$.Execution.Id" -> JSON.getNodeFactory().textNode(executionId);
                    case "$$.Execution.Input" -> executionInput;
                    default -> path(input, path, null);
                };
            }
            if (value.isMissingNode()) {
                // Step Functions fails the state (States.Runtime) when a path selects nothing.
                throw new AssertionError("Parameters " + key + ": " + path + " selects nothing in " + input);
            }
            resolved.set(key.substring(0, key.length() - 2), value);
        }
        return resolved;
    }

    /** MaxAttempts of a Retry on States.ALL (the only kind the template uses); 0 without one. */
    private static int retries(String name, JsonNode state) {
        int retries = 0;
        for (JsonNode retry : state.path("Retry")) {
            List<String> errors = new ArrayList<>();
            retry.path("ErrorEquals").forEach(e -> errors.add(e.asString()));
            if (!errors.equals(List.of("States.ALL"))) {
                throw new AssertionError(name + ": Retry on " + errors + " not supported");
            }
            retries = retry.path("MaxAttempts").asInt(3);
        }
        return retries;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JsonNode invoke(String function, JsonNode input) {
        synchronized (this) {
            invocations.add(function);
        }
        RequestHandler handler = handlerOfFunction.apply(function);
        Object event = HandlerClasses.eventType(handler.getClass()) == ScheduledEvent.class
                ? scheduledEvent(input) : JSON.treeToValue(input, Map.class);
        try {
            return JSON.valueToTree(handler.handleRequest(event, null));
        } catch (RuntimeException failure) {
            // As the Lambda Java runtime reports an unhandled exception: errorType is the class's simple name.
            ObjectNode cause = JSON.createObjectNode();
            cause.put("errorMessage", failure.getMessage());
            cause.put("errorType", failure.getClass().getSimpleName());
            throw new StateError(failure.getClass().getSimpleName(), JSON.writeValueAsString(cause));
        }
    }

    private static ScheduledEvent scheduledEvent(JsonNode input) {
        PojoSerializer<ScheduledEvent> serializer =
                LambdaEventSerializers.serializerFor(ScheduledEvent.class, StateMachineRun.class.getClassLoader());
        return serializer.fromJson(JSON.writeValueAsString(input));
    }

    private JsonNode map(String name, JsonNode state, JsonNode input) {
        onlyFields(name, state, MAP_FIELDS);
        JsonNode items = path(input, state.path("ItemsPath").asString("$"), null);
        if (!items.isArray()) {
            throw new AssertionError(name + ": ItemsPath does not select an array in " + input);
        }
        JsonNode processor = state.path("ItemProcessor");
        onlyFields(name + " ItemProcessor", processor, PROCESSOR_FIELDS);
        if (!"INLINE".equals(processor.path("ProcessorConfig").path("Mode").asString("INLINE"))) {
            throw new AssertionError(name + ": only an INLINE ItemProcessor is supported");
        }
        List<JsonNode> itemInputs = new ArrayList<>();
        for (JsonNode item : items) {
            itemInputs.add(state.has("ItemSelector") ? select(state.path("ItemSelector"), input, item) : item);
        }
        int threads = Math.min(MOST_THREADS, state.path("MaxConcurrency").asInt(MOST_THREADS));
        // As in Step Functions: after an iteration failed no other starts, and those running finish (a Lambda
        // invocation is not stopped), then the Map fails with that error. Nothing is interrupted mid-call.
        AtomicReference<StateError> failed = new AtomicReference<>();
        List<JsonNode> outputs = InOrder.map(itemInputs, threads, "map-state", itemInput -> {
            if (failed.get() != null) {
                return JSON.missingNode();
            }
            try {
                return runStates(processor, itemInput);
            } catch (StateError error) {
                failed.compareAndSet(null, error);
                return JSON.missingNode();
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        ArrayNode results = JSON.createArrayNode();
        outputs.forEach(results::add);
        return results;
    }

    /** An ItemSelector: keys ending in ".$" take a path's value (of the state input, or $$.Map.Item.Value). */
    private static JsonNode select(JsonNode selector, JsonNode input, JsonNode item) {
        ObjectNode selected = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : selector.properties()) {
            if (field.getKey().endsWith(".$")) {
                selected.set(field.getKey().substring(0, field.getKey().length() - 2),
                        path(input, field.getValue().asString(), item));
            } else {
                selected.set(field.getKey(), field.getValue());
            }
        }
        return selected;
    }

    /** "$", "$.a.b" on the data; "$$.Map.Item.Value" is the Map's current item. */
    private static JsonNode path(JsonNode data, String path, JsonNode mapItem) {
        if (path.equals("$$.Map.Item.Value") && mapItem != null) {
            return mapItem;
        }
        if (!path.equals("$") && !path.matches("\\$(\\.[A-Za-z][A-Za-z0-9]*)+")) {
            throw new AssertionError("path " + path + " not supported");
        }
        JsonNode node = data;
        for (String step : path.substring(1).split("\\.")) {
            if (!step.isEmpty()) {
                node = node.path(step);
            }
        }
        return node;
    }

    /** ResultPath: absent or "$" replaces the input, "$.x" puts the result into the input at x. */
    private static JsonNode withResult(JsonNode input, JsonNode state, JsonNode result) {
        String resultPath = state.path("ResultPath").asString("$");
        if (resultPath.equals("$")) {
            return result;
        }
        if (!resultPath.matches("\\$\\.[A-Za-z][A-Za-z0-9]*")) {
            throw new AssertionError("ResultPath " + resultPath + " not supported");
        }
        ObjectNode output = ((ObjectNode) input).deepCopy();
        output.set(resultPath.substring(2), result);
        return output;
    }

    private static void onlyFields(String name, JsonNode state, Set<String> supported) {
        for (String field : state.propertyNames()) {
            if (!supported.contains(field)) {
                throw new AssertionError(name + ": field " + field + " not supported by the test's interpreter");
            }
        }
    }
}
