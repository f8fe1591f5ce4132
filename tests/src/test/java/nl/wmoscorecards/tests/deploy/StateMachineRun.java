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
import java.util.function.Function;
import nl.wmoscorecards.core.concurrent.InOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a state machine of template.yaml the way Step Functions would, for the part of the Amazon States Language
 * the template uses: Task states whose Resource is a function's ARN (by DefinitionSubstitutions), Map states with
 * ItemsPath, ItemSelector and an inline ItemProcessor, ResultPath, Retry on States.ALL, Next/End. Each Task calls
 * the real handler of the function it names, its input converted as the Lambda Java runtime converts it (a
 * ScheduledEvent through the runtime's event serializer, a Map through JSON). Anything else in a definition
 * fails the test, so the template cannot use a feature this interpreter would silently get wrong.
 */
public final class StateMachineRun {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TASK_FIELDS = Set.of("Type", "Resource", "Retry", "Next", "End", "Comment", "ResultPath");
    private static final Set<String> MAP_FIELDS = Set.of("Type", "ItemsPath", "ItemSelector", "MaxConcurrency",
            "ItemProcessor", "ResultPath", "Next", "End", "Comment");
    private static final int MOST_THREADS = 4;

    private final Template template;
    private final String stateMachineId;
    private final Function<String, RequestHandler<?, ?>> handlerOfFunction;
    private final List<String> invocations = new ArrayList<>();

    /** @param handlerOfFunction the handler instance to call for a function's logical id */
    StateMachineRun(Template template, String stateMachineId, Function<String, RequestHandler<?, ?>> handlerOfFunction) {
        this.template = template;
        this.stateMachineId = stateMachineId;
        this.handlerOfFunction = handlerOfFunction;
    }

    /** An execution of template.yaml's state machine {@code stateMachineId}, with these handlers per function id. */
    public static StateMachineRun of(String stateMachineId, Map<String, RequestHandler<?, ?>> handlers) {
        return new StateMachineRun(Template.load(), stateMachineId, handlers::get);
    }

    /** The definition as data. */
    JsonNode definition() {
        return JSON.valueToTree(template.properties(stateMachineId).get("Definition"));
    }

    /** Starts an execution with this input and returns its output. */
    public JsonNode execute(JsonNode input) {
        return runStates(definition(), input);
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
            if (state.has("Resource")) {
                functions.add(functionOf(state.path("Resource").asString()));
            }
            if (state.has("ItemProcessor")) {
                collectTasks(state.path("ItemProcessor"), functions);
            }
        }
    }

    /** The function (logical id) a Task's Resource names through DefinitionSubstitutions. */
    String functionOf(String resource) {
        if (!resource.startsWith("${") || !resource.endsWith("}")) {
            throw new AssertionError("Task Resource " + resource + " is not a substituted function ARN");
        }
        Object arn = Template.map(template.properties(stateMachineId).get("DefinitionSubstitutions"))
                .get(resource.substring(2, resource.length() - 1));
        if (Template.map(arn).get("Fn::GetAtt") instanceof List<?> att && "Arn".equals(att.get(1))) {
            return (String) att.get(0);
        }
        throw new AssertionError("substitution " + resource + " is not a function's Arn: " + arn);
    }

    private JsonNode runStates(JsonNode machine, JsonNode input) {
        String name = machine.path("StartAt").asString();
        JsonNode data = input;
        while (true) {
            JsonNode state = machine.path("States").path(name);
            if (state.isMissingNode()) {
                throw new AssertionError("no state " + name);
            }
            data = switch (state.path("Type").asString()) {
                case "Task" -> withResult(data, state, task(name, state, data));
                case "Map" -> withResult(data, state, map(name, state, data));
                default -> throw new AssertionError(name + ": state type " + state.path("Type") + " not supported");
            };
            if (state.path("End").asBoolean(false)) {
                return data;
            }
            name = state.path("Next").asString();
        }
    }

    private JsonNode task(String name, JsonNode state, JsonNode input) {
        onlyFields(name, state, TASK_FIELDS);
        String function = functionOf(state.path("Resource").asString());
        int attempts = 1 + retries(name, state);
        for (int attempt = 1; ; attempt++) {
            try {
                return invoke(function, input);
            } catch (RuntimeException failure) {
                if (attempt >= attempts) {
                    throw failure;
                }
            }
        }
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
        return JSON.valueToTree(handler.handleRequest(event, null));
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
        if (!"INLINE".equals(processor.path("ProcessorConfig").path("Mode").asString("INLINE"))) {
            throw new AssertionError(name + ": only an INLINE ItemProcessor is supported");
        }
        List<JsonNode> itemInputs = new ArrayList<>();
        for (JsonNode item : items) {
            itemInputs.add(state.has("ItemSelector") ? select(state.path("ItemSelector"), input, item) : item);
        }
        int threads = Math.min(MOST_THREADS, state.path("MaxConcurrency").asInt(MOST_THREADS));
        ArrayNode results = JSON.createArrayNode();
        InOrder.map(itemInputs, threads, "map-state", itemInput -> runStates(processor, itemInput)).forEach(results::add);
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
