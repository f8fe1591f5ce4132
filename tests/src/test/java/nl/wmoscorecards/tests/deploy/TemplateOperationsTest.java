package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * template.yaml is watched and safe by default (issue 14): an alarm on everything that can fail unseen, every
 * alarm to one topic, the yearly run logged, bounded and caught; buckets TLS-only, invocations from S3 only by
 * the stack's own buckets, no password sent to Cognito, MFA for contract managers, tags on every deploy.
 */
class TemplateOperationsTest {
    private static final String FUNCTION = "AWS::Serverless::Function";
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private final Template template = Template.load();

    /** Alarms as "Namespace MetricName dimension=value", the value as the template writes it (intrinsics as text). */
    private Map<String, String> alarms() {
        Map<String, String> alarms = new LinkedHashMap<>();
        for (String id : template.ofType("AWS::CloudWatch::Alarm")) {
            Map<String, Object> alarm = template.properties(id);
            StringBuilder key = new StringBuilder(alarm.get("Namespace") + " " + alarm.get("MetricName"));
            for (Object dimension : Template.list(alarm.get("Dimensions"))) {
                key.append(' ').append(Template.map(dimension).get("Name")).append('=').append(Template.map(dimension).get("Value"));
            }
            alarms.put(key.toString(), id);
        }
        return alarms;
    }

    @Test
    void everyQueueFunctionApiAndTheYearlyRunHaveTheirAlarms() {
        Set<String> alarms = alarms().keySet();
        for (String queue : template.ofType("AWS::SQS::Queue")) {
            assertThat(alarms).as(queue + ": a message in a dead-letter queue alarms")
                    .contains("AWS/SQS ApproximateNumberOfMessagesVisible QueueName={Fn::GetAtt=[" + queue + ", QueueName]}");
        }
        for (String function : template.ofType(FUNCTION)) {
            assertThat(alarms).as(function + " errors and throttles").contains(
                    "AWS/Lambda Errors FunctionName={Ref=" + function + "}",
                    "AWS/Lambda Throttles FunctionName={Ref=" + function + "}");
        }
        assertThat(alarms).contains("AWS/ApiGateway 5xx ApiId={Ref=UploadApi}");
        for (String outcome : List.of("ExecutionsFailed", "ExecutionsTimedOut", "ExecutionsAborted")) {
            assertThat(alarms).contains("AWS/States " + outcome + " StateMachineArn={Ref=YearlyKpiRun}");
        }
    }

    @Test
    void everyAlarmMailsTheAlertTopicWhichExistsWithoutAnAddress() {
        assertThat(template.resource("AlertTopic")).as("the topic exists also before anyone subscribed")
                .doesNotContainKey("Condition");
        for (String alarm : template.ofType("AWS::CloudWatch::Alarm")) {
            assertThat(template.properties(alarm).get("AlarmActions")).as(alarm)
                    .isEqualTo(List.of(Map.of("Ref", "AlertTopic")));
            assertThat(template.properties(alarm).get("TreatMissingData")).as(alarm + ": no data is no failure")
                    .isEqualTo("notBreaching");
        }
    }

    @Test
    void theYearlyRunIsLoggedBoundedAndEveryStepWaitsLongerThanItsFunction() {
        Map<String, Object> stateMachine = template.properties("YearlyKpiRun");
        Map<String, Object> logging = Template.map(stateMachine.get("Logging"));
        assertThat(logging.get("Level")).isIn("ALL", "ERROR");
        assertThat(logging.get("IncludeExecutionData")).isEqualTo(false);
        Object logGroup = Template.map(Template.map(Template.list(logging.get("Destinations")).get(0))
                .get("CloudWatchLogsLogGroup")).get("LogGroupArn");
        assertThat(template.resource(template.target(logGroup)).get("Type")).isEqualTo("AWS::Logs::LogGroup");

        StateMachineRun run = new StateMachineRun(template, "YearlyKpiRun", id -> null);
        JsonNode definition = run.definition();
        assertThat(definition.path("TimeoutSeconds").asInt()).as("the whole run is bounded").isPositive();
        List<JsonNode> tasks = new ArrayList<>();
        collectTasks(definition, tasks);
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode task : tasks) {
            String resource = task.path("Resource").asString();
            int stateTimeout = task.path("TimeoutSeconds").asInt(0);
            assertThat(stateTimeout).as(resource + " has a state timeout").isPositive();
            if (resource.startsWith("${")) {
                Object timeout = template.properties(run.functionOf(resource)).getOrDefault("Timeout",
                        Template.map(Template.map(template.root().get("Globals")).get("Function")).get("Timeout"));
                assertThat(stateTimeout).as(resource + ": the function's own timeout comes first")
                        .isGreaterThan(((Number) timeout).intValue());
            }
        }
    }

    private static void collectTasks(JsonNode machine, List<JsonNode> tasks) {
        for (JsonNode state : machine.path("States")) {
            if (state.path("Type").asString().equals("Task")) {
                tasks.add(state);
            }
            if (state.has("ItemProcessor")) {
                collectTasks(state.path("ItemProcessor"), tasks);
            }
        }
    }

    @Test
    void allocationIngestHasReservedConcurrencyAndOnlyShortIoFunctionsRunC1Only() {
        Object reserved = template.properties("AllocationIngestFunction").get("ReservedConcurrentExecutions");
        assertThat(reserved).as("a burst of exports cannot take the account's concurrency").isInstanceOf(Number.class);
        assertThat(((Number) reserved).intValue()).isBetween(1, 20);

        Map<String, Object> globals = Template.map(Template.map(Template.map(template.root().get("Globals"))
                .get("Function")).get("Environment"));
        assertThat(String.valueOf(globals)).as("not for every function").doesNotContain(C1_ONLY);
        assertThat(String.valueOf(template.environment("UploadApiFunction").get("JAVA_TOOL_OPTIONS"))).contains(C1_ONLY);
        for (String cpuBound : List.of("AllocationIngestFunction", "ReportIngestFunction", "KpiRegionRunFunction",
                "KpiRunFinishFunction", "SitePublishFunction", "InternalSitePublishFunction")) {
            assertThat(String.valueOf(template.environment(cpuBound).get("JAVA_TOOL_OPTIONS"))).as(cpuBound)
                    .doesNotContain(C1_ONLY);
        }
    }

    @Test
    void everythingInvokesTheFunctionsAliasAndTheUploadApiShiftsGraduallyAndRollsBackOnItsErrors() {
        Map<String, Object> globals = Template.map(Template.map(template.root().get("Globals")).get("Function"));
        assertThat(globals.get("AutoPublishAlias")).as("every function published as versions behind an alias")
                .isEqualTo("live");
        for (String function : template.ofType(FUNCTION)) {
            assertThat(template.properties(function)).as(function + " keeps the alias").doesNotContainKey("AutoPublishAlias");
        }
        Template.map(template.properties("YearlyKpiRun").get("DefinitionSubstitutions")).forEach((name, value) -> {
            String ref = Template.refOf(value);
            if (ref != null && template.ofType(FUNCTION).contains(ref.replace(".Alias", ""))) {
                assertThat(ref).as(name).endsWith(".Alias");
            }
            assertThat(Template.map(value)).as(name + ": not the function's unqualified Arn").doesNotContainKey("Fn::GetAtt");
        });
        for (String bucket : template.ofType("AWS::S3::Bucket")) {
            for (Object configuration : Template.list(Template.map(template.properties(bucket)
                    .get("NotificationConfiguration")).get("LambdaConfigurations"))) {
                assertThat(Template.refOf(Template.map(configuration).get("Function"))).as(bucket).endsWith(".Alias");
            }
        }

        Map<String, Object> preference = Template.map(template.properties("UploadApiFunction").get("DeploymentPreference"));
        assertThat((String) preference.get("Type")).as("gradual").matches("(Canary|Linear)\\w+");
        List<Object> rollbackAlarms = Template.list(preference.get("Alarms"));
        assertThat(rollbackAlarms).isNotEmpty();
        Map<String, Object> alarm = template.properties(Template.refOf(rollbackAlarms.get(0)));
        assertThat(alarm.get("MetricName")).isEqualTo("Errors");
        assertThat(Template.list(alarm.get("Dimensions"))).as("the alias's errors, where the new version runs")
                .contains(Map.of("Name", "Resource", "Value", Map.of("Fn::Sub", "${UploadApiFunction}:live")));
    }

    @Test
    void everyBucketRefusesPlainHttp() {
        Map<String, Map<String, Object>> denies = new LinkedHashMap<>();
        for (String policy : template.ofType("AWS::S3::BucketPolicy")) {
            String bucket = Template.refOf(template.properties(policy).get("Bucket"));
            for (Object statement : Template.list(Template.map(template.properties(policy).get("PolicyDocument")).get("Statement"))) {
                if ("Deny".equals(Template.map(statement).get("Effect"))) {
                    denies.put(bucket, Template.map(statement));
                }
            }
        }
        assertThat(template.ofType("AWS::S3::Bucket")).hasSize(4);
        for (String bucket : template.ofType("AWS::S3::Bucket")) {
            Map<String, Object> deny = denies.get(bucket);
            assertThat(deny).as(bucket + " has a deny statement").isNotNull();
            assertThat(deny.get("Principal")).isEqualTo("*");
            assertThat(deny.get("Action")).isEqualTo("s3:*");
            assertThat(deny.get("Condition")).isEqualTo(Map.of("Bool", Map.of("aws:SecureTransport", "false")));
            List<String> targets = Template.asList(deny.get("Resource")).stream().map(template::target).toList();
            assertThat(targets).as(bucket + ": the bucket and its objects").containsExactlyInAnyOrder(bucket, bucket + "/*");
        }
    }

    @Test
    void onlyTheStacksOwnBucketsMayInvokeTheIngestFunctions() {
        for (String function : template.ofType(FUNCTION)) {
            for (Object event : Template.map(template.properties(function).get("Events")).values()) {
                assertThat(Template.map(event).get("Type")).as(function + ": a SAM S3 event grants S3 without SourceArn")
                        .isNotEqualTo("S3");
            }
        }
        Map<String, List<String>> notified = template.bucketNotifications();
        assertThat(notified.keySet()).containsExactlyInAnyOrder("IncomingBucket", "ExportsBucket");
        int s3Permissions = 0;
        for (String permission : template.ofType("AWS::Lambda::Permission")) {
            Map<String, Object> properties = template.properties(permission);
            if (!"s3.amazonaws.com".equals(properties.get("Principal"))) {
                continue;
            }
            s3Permissions++;
            String bucket = template.target(Map.of("Fn::Sub", Template.map(properties.get("SourceArn")).get("Fn::Sub") + "/"))
                    .replace("/", "");
            String function = template.functionNamedBy(Map.of("Fn::GetAtt", List.of(
                    functionIdOf(properties.get("FunctionName")), "Arn")));
            assertThat(notified.get(bucket)).as(permission + ": the bucket it names notifies the function")
                    .contains(function);
            assertThat(properties.get("SourceAccount")).isEqualTo(Map.of("Ref", "AWS::AccountId"));
            assertThat(template.resource(bucket).get("DependsOn")).as(bucket + " is notified once the permission exists")
                    .isEqualTo(permission);
        }
        assertThat(s3Permissions).isEqualTo(2);
    }

    /** F of FunctionName {Ref: F} or {Ref: F.Alias}. */
    private static String functionIdOf(Object functionName) {
        String ref = Template.refOf(functionName);
        assertThat(ref).as("FunctionName " + functionName).isNotNull();
        return ref.endsWith(".Alias") ? ref.substring(0, ref.length() - ".Alias".length()) : ref;
    }

    @Test
    void noPasswordGoesToCognitoAndContractManagersNeedMfa() {
        for (String client : template.ofType("AWS::Cognito::UserPoolClient")) {
            assertThat(Template.list(template.properties(client).get("ExplicitAuthFlows"))).as(client)
                    .contains("ALLOW_USER_SRP_AUTH")
                    .doesNotContain("ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH");
        }
        List<Object> statements = Template.list(Template.map(template.properties("ContractManagersPolicy")
                .get("PolicyDocument")).get("Statement"));
        assertThat(statements).isNotEmpty().allSatisfy(statement -> {
            assertThat(Template.map(statement).get("Effect")).isEqualTo("Allow");
            assertThat(Template.map(statement).get("Condition"))
                    .isEqualTo(Map.of("Bool", Map.of("aws:MultiFactorAuthPresent", "true")));
        });
    }

    @Test
    void invitationMailGoesThroughSesWhenAnIdentityIsGiven() {
        Object mail = template.properties("ProviderUserPool").get("EmailConfiguration");
        List<Object> choice = Template.list(Template.map(mail).get("Fn::If"));
        assertThat(choice.get(0)).isEqualTo("MailsThroughSes");
        assertThat(Template.map(choice.get(1))).containsEntry("EmailSendingAccount", "DEVELOPER")
                .containsEntry("SourceArn", Map.of("Ref", "InvitationSesIdentityArn"));
        assertThat(Template.map(choice.get(2))).containsEntry("EmailSendingAccount", "COGNITO_DEFAULT");
    }

    @Test
    void everyDeployOfSamconfigTagsTheStackWithApplicationStageAndCostCentre() throws IOException {
        String samconfig = Files.readString(Template.HOME.resolve("samconfig.toml"));
        Matcher section = Pattern.compile("\\[(\\w+)\\.deploy\\.parameters\\]([^\\[]*)").matcher(samconfig);
        int environments = 0;
        while (section.find()) {
            environments++;
            String body = section.group(2);
            Matcher stage = Pattern.compile("parameter_overrides = \"[^\"]*Stage=(\\w+)").matcher(body);
            Matcher tags = Pattern.compile("tags = \"([^\"]*)\"").matcher(body);
            assertThat(stage.find()).as(section.group(1) + " sets Stage").isTrue();
            assertThat(tags.find()).as(section.group(1) + " sets stack tags").isTrue();
            assertThat(tags.group(1).split(" ")).as(section.group(1) + " tags")
                    .contains("application=wmo-scorecards", "stage=" + stage.group(1))
                    .anySatisfy(tag -> assertThat(tag).matches("cost-centre=\\S+"));
        }
        assertThat(environments).isGreaterThanOrEqualTo(2);
    }
}
