package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.functions.upload.ProviderClaims;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * template.yaml holds to the code: a function per handler with the right event, the variables the code reads,
 * the tables as the item classes define them, and grants that are exactly what each handler does.
 */
class TemplateMatchesCodeTest {
    private static final String FUNCTION = "AWS::Serverless::Function";
    private static final String TABLE = "AWS::DynamoDB::Table";
    private static final String STATE_MACHINE = "AWS::Serverless::StateMachine";

    /** Which event type a handler must take for each kind of SAM event source. */
    private static final Map<String, Class<?>> EVENT_TYPES = Map.of(
            "HttpApi", APIGatewayV2HTTPEvent.class,
            "S3", S3Event.class,
            "ScheduleV2", ScheduledEvent.class,
            "Schedule", ScheduledEvent.class,
            "SQS", SQSEvent.class);

    /** Read by the code but not to be set in AWS: the SDK's endpoint overrides, local alternatives, Lambda's own. */
    private static final Set<String> NOT_SET_IN_AWS = Set.of(
            "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_LAMBDA_FUNCTION_NAME",
            "SCORECARDS_CONFIG_DIR", // optional: the configuration ships inside the jar
            "SCORECARDS_PSEUDONYM_KEY"); // the local form; in AWS SCORECARDS_PSEUDONYM_KEY_SECRET names the secret

    /** CloudWatch Logs' log-delivery actions, which take no resource ARN: Step Functions logging needs them on "*". */
    static final Set<String> LOG_DELIVERY = Set.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");

    private final Template template = Template.load();

    /** Function logical id per handler class name, from the Handler properties. */
    private Map<String, String> functionsByHandler() {
        Map<String, String> functions = new LinkedHashMap<>();
        for (String id : template.ofType(FUNCTION)) {
            String handler = (String) template.properties(id).get("Handler");
            functions.put(handler.substring(0, handler.indexOf("::")), id);
        }
        return functions;
    }

    @Test
    void everyHandlerOfTheCodeIsAFunctionAndEveryFunctionsHandlerExists() throws ReflectiveOperationException {
        Map<String, String> functions = functionsByHandler();
        assertThat(functions.keySet()).as("handler classes without a function in template.yaml")
                .containsAll(HandlerClasses.all().stream().map(Class::getName).toList());
        for (Map.Entry<String, String> function : functions.entrySet()) {
            Class<?> handler = Class.forName(function.getKey());
            assertThat(template.properties(function.getValue()).get("Handler")).isEqualTo(handler.getName() + "::handleRequest");
            assertThat(HandlerClasses.all()).as(function.getValue() + " names a RequestHandler").contains(handler);
            assertThat(handler.getConstructor()).as("Lambda needs a public no-argument constructor").isNotNull();
        }
    }

    @Test
    void everyFunctionsEventsAreTheKindItsHandlerTakes() throws ClassNotFoundException {
        Map<String, String> stepOf = stateMachineSteps();
        Set<String> notifiedByABucket = new HashSet<>();
        template.bucketNotifications().values().forEach(notifiedByABucket::addAll);
        for (Map.Entry<String, String> function : functionsByHandler().entrySet()) {
            Type eventType = HandlerClasses.eventType(Class.forName(function.getKey()));
            Map<String, Object> events = Template.map(template.properties(function.getValue()).get("Events"));
            if (notifiedByABucket.contains(function.getValue())) {
                // A bucket's own notification (written out for its SourceArn permission) sends S3 events.
                assertThat(eventType).as(function.getValue() + " is notified by a bucket").isEqualTo(S3Event.class);
                assertThat(events).as(function.getValue() + ": one event source").isEmpty();
                continue;
            }
            if (events.isEmpty()) {
                assertThat(stepOf).as(function.getValue() + " has no event source, so a state machine must invoke it")
                        .containsKey(function.getValue());
                String stateMachine = stepOf.get(function.getValue());
                boolean first = new StateMachineRun(template, stateMachine, id -> null).taskFunctions().get(0)
                        .equals(function.getValue());
                // The first step gets the execution's input, i.e. what the state machine's schedule sends;
                // the others get the JSON object the step before them made.
                Type expected = first ? eventTypeOf(stateMachine) : Map.class;
                Type raw = eventType instanceof ParameterizedType generic ? generic.getRawType() : eventType;
                assertThat(raw).as(function.getValue() + " input").isEqualTo(expected);
            }
            for (Object event : events.values()) {
                String kind = (String) Template.map(event).get("Type");
                assertThat(EVENT_TYPES).as("known event kind").containsKey(kind);
                assertThat(eventType).as(function.getValue() + " event " + kind).isEqualTo(EVENT_TYPES.get(kind));
            }
        }
    }

    /** The state machine each function is a step of. */
    private Map<String, String> stateMachineSteps() {
        Map<String, String> steps = new LinkedHashMap<>();
        for (String stateMachine : template.ofType(STATE_MACHINE)) {
            new StateMachineRun(template, stateMachine, id -> null).taskFunctions()
                    .forEach(function -> steps.put(function, stateMachine));
        }
        return steps;
    }

    private Class<?> eventTypeOf(String stateMachine) {
        Set<Class<?>> kinds = Template.map(template.properties(stateMachine).get("Events")).values().stream()
                .map(e -> EVENT_TYPES.get((String) Template.map(e).get("Type"))).collect(Collectors.toSet());
        assertThat(kinds).as(stateMachine + " starts on one kind of event").hasSize(1);
        return kinds.iterator().next();
    }

    @Test
    void aStateMachineMayInvokeExactlyTheFunctionsItsStepsName() {
        assertThat(template.ofType(STATE_MACHINE)).as("the yearly run").contains("YearlyKpiRun");
        for (String stateMachine : template.ofType(STATE_MACHINE)) {
            Set<String> steps = new TreeSet<>(new StateMachineRun(template, stateMachine, id -> null).taskFunctions());
            Map<String, Set<String>> expected = new TreeMap<>();
            steps.forEach(function -> expected.put(function, Set.of("lambda:InvokeFunction")));
            // The Catch records a failed run in the failed-events queue; the execution log needs log delivery.
            expected.put("FailedEventsQueue", Set.of("sqs:SendMessage"));
            expected.put("*", LOG_DELIVERY);
            assertThat(template.grants(stateMachine)).as(stateMachine + " grants").isEqualTo(expected);
            steps.forEach(function -> assertThat(template.ofType(FUNCTION)).contains(function));
        }
    }

    @Test
    void everyVariableAHandlerReadsIsSetOnItsFunction() throws ClassNotFoundException {
        Set<String> tableVariables = CodeTables.byVariable().keySet();
        for (Map.Entry<String, String> function : functionsByHandler().entrySet()) {
            Class<?> handler = Class.forName(function.getKey());
            Set<String> reads = new TreeSet<>(EnvironmentReads.of(handler));
            reads.removeAll(NOT_SET_IN_AWS);
            // Table names are read through TableNames, which knows all of them; a function needs only its own.
            reads.removeAll(tableVariables);
            reads.addAll(tableVariablesOf(handler.getSimpleName(), function.getValue()));
            Map<String, Object> environment = template.environment(function.getValue());
            assertThat(environment.keySet()).as(function.getValue() + " environment").containsAll(reads);
            environment.values().stream().map(Template::refOf).filter(String.class::isInstance)
                    .forEach(ref -> assertThat(template.resources().containsKey(ref) || isParameter((String) ref))
                            .as(function.getValue() + " refers to " + ref).isTrue());
        }
    }

    /** The table variables a function must have: one for each table its handler touches, naming that table. */
    private Set<String> tableVariablesOf(String handler, String functionId) {
        Set<String> tables = AccessContract.ACCESS.get(handler).keySet().stream().map(t -> t.split("/")[0])
                .filter(t -> TABLE.equals(template.resource(t).get("Type"))).collect(Collectors.toSet());
        Map<String, Object> environment = template.environment(functionId);
        Set<String> variables = new HashSet<>();
        for (String table : tables) {
            String variable = environment.entrySet().stream()
                    .filter(e -> table.equals(Template.refOf(e.getValue()))).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new AssertionError(functionId + " touches " + table + " but no variable names it"));
            variables.add(variable);
        }
        return variables;
    }

    private boolean isParameter(String ref) {
        return Template.map(template.root().get("Parameters")).containsKey(ref) || ref.startsWith("AWS::");
    }

    @Test
    void everyFunctionIsGrantedExactlyWhatItsHandlerDoes() {
        assertThat(AccessContract.ACCESS.keySet()).as("every handler's access is declared")
                .containsExactlyInAnyOrderElementsOf(HandlerClasses.all().stream().map(Class::getSimpleName).toList());
        for (Map.Entry<String, String> function : functionsByHandler().entrySet()) {
            String handler = function.getKey().substring(function.getKey().lastIndexOf('.') + 1);
            assertThat(template.grants(function.getValue())).as(function.getValue() + " grants")
                    .isEqualTo(AccessContract.ACCESS.get(handler));
            for (String target : AccessContract.ACCESS.get(handler).keySet()) {
                assertThat(template.resources()).as("declared").containsKey(target.split("/")[0]);
            }
        }
    }

    @Test
    void noPolicyAllowsAWildcardActionOrResource() {
        List<String> principals = new ArrayList<>(template.ofType(FUNCTION));
        principals.addAll(template.ofType(STATE_MACHINE));
        for (String function : principals) {
            for (Map<String, Object> statement : template.statements(function)) {
                assertThat(Template.asList(statement.get("Action"))).as(function + " actions")
                        .allSatisfy(a -> assertThat((String) a).doesNotContain("*"));
                if (LOG_DELIVERY.containsAll(Template.asList(statement.get("Action")))) {
                    continue; // these take no resource ARN
                }
                assertThat(Template.asList(statement.get("Resource"))).as(function + " resources")
                        .allSatisfy(r -> assertThat(r).isNotEqualTo("*"));
            }
        }
        for (String policy : template.ofType("AWS::S3::BucketPolicy")) {
            for (Object statement : Template.list(Template.map(template.properties(policy).get("PolicyDocument")).get("Statement"))) {
                if ("Deny".equals(Template.map(statement).get("Effect"))) {
                    continue; // a deny of s3:* (plain HTTP) takes away, it grants nothing
                }
                assertThat(Template.asList(Template.map(statement).get("Action")))
                        .allSatisfy(a -> assertThat((String) a).doesNotContain("*"));
            }
        }
    }

    @Test
    void tablesHaveTheKeySchemasAndIndexesOfTheItemClasses() {
        Map<String, CreateTableRequest> code = CodeTables.byVariable();
        assertThat(code).as("tables the code creates").isNotEmpty();
        for (Map.Entry<String, CreateTableRequest> entry : code.entrySet()) {
            String table = tableNamedBy(entry.getKey());
            Map<String, Object> declared = template.properties(table);
            CreateTableRequest expected = entry.getValue();
            assertThat(keySchema(Template.list(declared.get("KeySchema")))).as(table + " key schema")
                    .isEqualTo(keySchema(expected.keySchema()));
            assertThat(attributes(Template.list(declared.get("AttributeDefinitions")))).as(table + " attributes")
                    .isEqualTo(attributes(expected.attributeDefinitions()));
            Map<String, Object> indexes = new LinkedHashMap<>();
            Template.list(declared.get("GlobalSecondaryIndexes")).forEach(i -> indexes.put(
                    (String) Template.map(i).get("IndexName"), keySchema(Template.list(Template.map(i).get("KeySchema")))));
            Map<String, Object> expectedIndexes = new LinkedHashMap<>();
            expected.globalSecondaryIndexes().forEach(i -> expectedIndexes.put(i.indexName(), keySchema(i.keySchema())));
            assertThat(indexes).as(table + " global secondary indexes").isEqualTo(expectedIndexes);
            assertThat(declared.get("BillingMode")).as(table + " on demand").isEqualTo("PAY_PER_REQUEST");
            assertThat(Template.map(declared.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"))
                    .as(table + " point-in-time recovery").isEqualTo(true);
            assertThat(Template.map(declared.get("SSESpecification")).get("SSEEnabled")).as(table + " encryption").isEqualTo(true);
        }
        assertThat(template.ofType(TABLE)).as("no table the code does not use")
                .containsExactlyInAnyOrderElementsOf(code.keySet().stream().map(this::tableNamedBy).toList());
    }

    /** The table a variable names: the !Ref it holds on any function. */
    private String tableNamedBy(String variable) {
        return template.tableNamedBy(variable);
    }

    private static List<String> keySchema(List<?> elements) {
        return elements.stream().map(e -> e instanceof KeySchemaElement k ? k.attributeName() + " " + k.keyTypeAsString()
                : Template.map(e).get("AttributeName") + " " + Template.map(e).get("KeyType")).toList();
    }

    private static Set<String> attributes(List<?> definitions) {
        return definitions.stream().map(d -> d instanceof AttributeDefinition a ? a.attributeName() + " " + a.attributeTypeAsString()
                : Template.map(d).get("AttributeName") + " " + Template.map(d).get("AttributeType")).collect(Collectors.toSet());
    }

    @Test
    void providersAreWhoTheirTokenSaysAndCannotChangeIt() {
        String pool = template.ofType("AWS::Cognito::UserPool").get(0);
        Set<String> attributes = Template.list(template.properties(pool).get("Schema")).stream()
                .map(a -> "custom:" + Template.map(a).get("Name")).collect(Collectors.toSet());
        assertThat(attributes).contains(ProviderClaims.AGB_CLAIM);
        Map<String, Object> client = template.properties(template.ofType("AWS::Cognito::UserPoolClient").get(0));
        assertThat(Template.list(client.get("ReadAttributes"))).contains(ProviderClaims.AGB_CLAIM);
        assertThat(Template.list(client.get("WriteAttributes"))).doesNotContain(ProviderClaims.AGB_CLAIM);
        Map<String, Object> auth = Template.map(template.properties("UploadApi").get("Auth"));
        assertThat(auth.get("DefaultAuthorizer")).isEqualTo("ProviderJwt");
    }

    @Test
    void theYearlyRunFiresOnTheFirstOfMarchAndNothingLogsEvents() {
        Map<String, Object> schedule = Template.map(Template.map(Template.map(
                template.properties("YearlyKpiRun").get("Events")).get("YearlyRun")).get("Properties"));
        assertThat(schedule.get("ScheduleExpression")).isEqualTo("cron(0 6 1 3 ? *)");
        assertThat(schedule.get("ScheduleExpressionTimezone")).isEqualTo(DutchTime.ZONE.getId());
        for (String function : template.ofType(FUNCTION)) {
            // The API's events hold tokens, the ingest events lead to BSNs: Powertools must never log them.
            assertThat(String.valueOf(template.environment(function).get("POWERTOOLS_LOGGER_LOG_EVENT"))).isNotEqualTo("true");
        }
    }
}
