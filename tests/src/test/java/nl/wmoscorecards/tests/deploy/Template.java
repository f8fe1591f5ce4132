package nl.wmoscorecards.tests.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** template.yaml as data (long-form intrinsics), with the look-ups the deploy tests need. */
final class Template {
    static final Path HOME = Path.of(System.getProperty("scorecards.home", ".."));
    private final Map<String, Object> root;

    private Template(Map<String, Object> root) {
        this.root = root;
    }

    static Template load() {
        try {
            return new Template(CloudFormationYaml.read(HOME.resolve("template.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> root() {
        return root;
    }

    Map<String, Object> resources() {
        return map(root.get("Resources"));
    }

    Map<String, Object> resource(String id) {
        return map(resources().get(id));
    }

    Map<String, Object> properties(String id) {
        return map(resource(id).get("Properties"));
    }

    /** Logical ids of the resources of one type, in template order. */
    List<String> ofType(String type) {
        return resources().entrySet().stream().filter(e -> type.equals(map(e.getValue()).get("Type")))
                .map(Map.Entry::getKey).toList();
    }

    /** A function's environment: the Globals' variables overlaid by its own. */
    Map<String, Object> environment(String functionId) {
        Map<String, Object> env = new LinkedHashMap<>();
        Map<String, Object> globals = map(map(map(root.get("Globals")).get("Function")).get("Environment"));
        env.putAll(map(globals.get("Variables")));
        env.putAll(map(map(properties(functionId).get("Environment")).get("Variables")));
        return env;
    }

    /** Every statement of the function's inline policies. */
    List<Map<String, Object>> statements(String functionId) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : list(properties(functionId).get("Policies"))) {
            if (!(policy instanceof Map<?, ?> document)) {
                throw new AssertionError(functionId + ": policy " + policy + " is not an inline policy document; "
                        + "SAM policy templates grant more than the code needs");
            }
            list(document.get("Statement")).forEach(s -> statements.add(map(s)));
        }
        return statements;
    }

    /**
     * What an Allow statement grants, per target: "UploadsTable", "UploadsTable/index/provider-createdAt",
     * "IncomingBucket/incoming/*", "PseudonymKeySecret", from the resource's intrinsic function.
     */
    Map<String, Set<String>> grants(String functionId) {
        Map<String, Set<String>> grants = new TreeMap<>();
        for (Map<String, Object> statement : statements(functionId)) {
            if (!"Allow".equals(statement.get("Effect"))) {
                continue;
            }
            for (Object resource : asList(statement.get("Resource"))) {
                Set<String> actions = grants.computeIfAbsent(target(resource), t -> new TreeSet<>());
                asList(statement.get("Action")).forEach(a -> actions.add((String) a));
            }
        }
        return grants;
    }

    /** The resource a policy's Resource names, as a logical id plus the path below it. */
    String target(Object resource) {
        if ("*".equals(resource)) {
            return "*";
        }
        Map<String, Object> function = map(resource);
        if (function.get("Fn::GetAtt") instanceof List<?> att && "Arn".equals(att.get(1))) {
            return (String) att.get(0);
        }
        if (function.get("Ref") instanceof String ref) {
            return ref.endsWith(".Alias") ? ref.substring(0, ref.length() - ".Alias".length()) : ref; // F.Alias: F's alias
        }
        if (function.get("Fn::If") instanceof List<?> branches) {
            return target(branches.get(1)); // the branch that creates the resource in this stack
        }
        if (function.get("Fn::Sub") instanceof String sub) {
            if (sub.startsWith("${") && sub.contains(".Arn}")) {
                return sub.substring(2, sub.indexOf(".Arn}")) + sub.substring(sub.indexOf(".Arn}") + 5);
            }
            for (String bucket : ofType("AWS::S3::Bucket")) {
                String arn = "arn:${AWS::Partition}:s3:::" + map(properties(bucket).get("BucketName")).get("Fn::Sub");
                if (sub.startsWith(arn + "/")) {
                    return bucket + sub.substring(arn.length());
                }
            }
        }
        throw new AssertionError("a policy resource that names no resource of the template: " + resource);
    }

    /**
     * The functions (logical ids) a bucket's notification invokes, per bucket: LambdaConfigurations whose
     * Function is {Fn::GetAtt: [F, Arn]} or {Ref: F.Alias}.
     */
    Map<String, List<String>> bucketNotifications() {
        Map<String, List<String>> notified = new TreeMap<>();
        for (String bucket : ofType("AWS::S3::Bucket")) {
            for (Object configuration : list(map(properties(bucket).get("NotificationConfiguration")).get("LambdaConfigurations"))) {
                notified.computeIfAbsent(bucket, b -> new ArrayList<>()).add(functionNamedBy(map(configuration).get("Function")));
            }
        }
        return notified;
    }

    /** F for {Fn::GetAtt: [F, Arn]} or {Ref: F.Alias}, F being a function of the template. */
    String functionNamedBy(Object value) {
        Map<String, Object> function = map(value);
        String id = function.get("Fn::GetAtt") instanceof List<?> att && "Arn".equals(att.get(1)) ? (String) att.get(0)
                : function.get("Ref") instanceof String ref && ref.endsWith(".Alias") ? ref.substring(0, ref.length() - 6)
                : null;
        if (id == null || !ofType("AWS::Serverless::Function").contains(id)) {
            throw new AssertionError(value + " names no function of the template");
        }
        return id;
    }

    /** The table (logical id) an environment variable names on any function: the !Ref it holds. */
    String tableNamedBy(String variable) {
        return ofType("AWS::Serverless::Function").stream().map(this::environment).map(env -> env.get(variable))
                .map(Template::refOf).filter(v -> v != null).findFirst()
                .orElseThrow(() -> new AssertionError("no function sets " + variable + ": its table is not deployed"));
    }

    /** X for a value {Ref: X}; null for anything else. */
    static String refOf(Object value) {
        return value instanceof Map<?, ?> function && function.get("Ref") instanceof String ref ? ref : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** CloudFormation accepts one value where a list is meant (Action: s3:GetObject). */
    static List<Object> asList(Object value) {
        return value instanceof List<?> ? list(value) : value == null ? List.of() : List.of(value);
    }
}
