package nl.wmoscorecards.local.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmoscorecards.embedded.EmbeddedDynamoDb;
import nl.wmoscorecards.embedded.ProjectHome;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.store.Tables;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Cold start of the upload-url function against a minimal handler: each sample is a fresh JVM on the
 * Lambda jar (functions/target/scorecards-lambda.jar) running {@link ColdStartProbe}, with DynamoDB
 * served by dynalite on loopback, so the first invocation really calls PutItem. Prints a Markdown table
 * of medians for docs/performance.md, the load average before and after (the figures are only comparable on
 * an idle machine; the classes loaded are not changed by load), and whether issue 14's targets are met.
 *
 * <pre>mvn -q -pl bench -am package -DskipTests
 * java -cp "bench/target/scorecards-bench.jar:bench/target/lib/*" nl.wmoscorecards.local.bench.ColdStartBench [runs]</pre>
 */
public final class ColdStartBench {
    /** The row with the function's own JVM options: template.yaml's JAVA_TOOL_OPTIONS of the upload API. */
    private static final String TEMPLATE_ROW = "template.yaml's JAVA_TOOL_OPTIONS";

    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path home = ProjectHome.locate();
        Path lambdaJar = home.resolve("functions/target/scorecards-lambda.jar");
        if (!Files.isRegularFile(lambdaJar)) {
            throw new IllegalStateException("build the Lambda jar first: mvn -q -pl functions -am package -DskipTests");
        }
        String classpath = lambdaJar + File.pathSeparator
                + Path.of(ColdStartBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String templateOptions = javaToolOptions(Files.readString(home.resolve("template.yaml")), "UploadApiFunction");
        Map<String, String> jvmOptions = new LinkedHashMap<>();
        jvmOptions.put("default JIT", "");
        jvmOptions.put(TEMPLATE_ROW, templateOptions);
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(home, null)) {
            Map<String, String> env = environment(dynamo.endpoint().toString());
            try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(dynamo.endpoint())
                    .region(Region.EU_WEST_1).httpClientBuilder(UrlConnectionHttpClient.builder())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                    .build()) {
                Tables.createIfMissing(client, TableNames.from(env));
            }
            System.out.printf("%d fresh JVMs per row (median), Java %s, %d processors%n%n", runs,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.printf("load average before: %s%n", loadAverage());
            System.out.printf("the upload API's JAVA_TOOL_OPTIONS in template.yaml: %s%n%n", templateOptions);
            System.out.println("| handler | JVM | JVM start to first response (ms) | init (ms) | first invocation (ms)"
                    + " | second invocation (ms) | classes loaded |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|");
            double unsnapshotted = 0;
            for (Map.Entry<String, String> options : jvmOptions.entrySet()) {
                for (Class<?> handler : List.of(MinimalHandler.class, ApiUploadsHandler.class)) {
                    double[] medians = row(classpath, options, handler, env, runs, false);
                    if (handler == ApiUploadsHandler.class && options.getKey().equals(TEMPLATE_ROW)) {
                        unsnapshotted = medians[0];
                    }
                }
            }
            // SnapStart: init and the priming hook run before the snapshot; a restored instance starts at the
            // first invocation. The restore itself (Lambda loading the snapshot) is not in this figure.
            Map.Entry<String, String> template = Map.entry(TEMPLATE_ROW + ", restored (SnapStart)", templateOptions);
            double restored = 0;
            for (Class<?> handler : List.of(MinimalHandler.class, ApiUploadsHandler.class)) {
                restored = row(classpath, template, handler, env, runs, true)[2];
            }
            System.out.printf("%nload average after: %s%n", loadAverage());
            // Issue 14's targets, for an idle machine: on a busy one the figures are several times higher.
            System.out.printf("%ntargets (idle machine): upload API, template.yaml's options, JVM start to first response %.0f ms"
                    + " (target <= 800): %s; restored first response %.0f ms (target <= 100): %s%n", unsnapshotted,
                    unsnapshotted <= 800 ? "met" : "NOT met", restored, restored <= 100 ? "met" : "NOT met");
        }
    }

    /** Prints one row; returns its medians {wall, init, first, second, classes}. */
    private static double[] row(String classpath, Map.Entry<String, String> options, Class<?> handler,
                                Map<String, String> env, int runs, boolean restored) throws IOException, InterruptedException {
        sample(classpath, options.getValue(), handler, env, restored); // warm the file cache, not measured
        List<double[]> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(sample(classpath, options.getValue(), handler, env, restored));
        }
        System.out.printf("| %s | %s | %s | %.0f%s | %.0f | %.1f | %.0f |%n", handler.getSimpleName(), options.getKey(),
                restored ? "-" : String.format("%.0f", median(samples, 0)), median(samples, 1),
                restored ? " (with priming, before the snapshot)" : "", median(samples, 2), median(samples, 3),
                median(samples, 4));
        return new double[] {median(samples, 0), median(samples, 1), median(samples, 2), median(samples, 3), median(samples, 4)};
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** What a Lambda function of template.yaml sees, pointed at the local DynamoDB. */
    private static Map<String, String> environment(String dynamoEndpoint) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", "eu-west-1");
        env.put("AWS_ACCESS_KEY_ID", "bench");
        env.put("AWS_SECRET_ACCESS_KEY", "bench");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "bench"); // Powertools logging and metrics on, as in Lambda
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"); // how Powertools knows a cold start
        env.put("POWERTOOLS_SERVICE_NAME", "scorecards");
        env.put("POWERTOOLS_METRICS_NAMESPACE", "WmoScorecards");
        env.put("UPLOADS_TABLE", "bench-uploads");
        env.put("INCOMING_BUCKET", "bench-incoming");
        return env;
    }

    /** One fresh JVM: {wall ms from process start to the first response, init ms, first ms, second ms, classes loaded}. */
    private static double[] sample(String classpath, String javaToolOptions, Class<?> handler, Map<String, String> env,
                                   boolean restored) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", classpath, ColdStartProbe.class.getName(), handler.getName()));
        if (restored) {
            command.add("restored");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(env);
        if (!javaToolOptions.isEmpty()) {
            builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions); // as Lambda passes them
        }
        long start = System.nanoTime();
        Process process = builder.start();
        String probe = null;
        double wall = Double.NaN;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(ColdStartProbe.FIRST_RESPONSE)) {
                    wall = (System.nanoTime() - start) / 1_000_000.0; // the first response is there
                    continue;
                }
                if (line.startsWith("PROBE ")) {
                    probe = line;
                    break;
                }
                output.add(line);
            }
            out.transferTo(java.io.Writer.nullWriter()); // Powertools' EMF line: drain so the child never blocks
            if (process.waitFor() != 0 || probe == null || Double.isNaN(wall)) {
                throw new IllegalStateException(handler.getSimpleName() + " probe failed:\n" + String.join("\n", output));
            }
            String[] f = probe.split(" ");
            if (!f[4].equals("201") && !f[4].equals("200")) {
                throw new IllegalStateException(handler.getSimpleName() + " answered " + f[4] + ":\n" + String.join("\n", output));
            }
            return new double[] {wall, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[5])};
        }
    }

    /**
     * The JAVA_TOOL_OPTIONS that template.yaml gives a function (in the function's own resource block), so the bench
     * starts the JVM with the function's own options and nothing else.
     */
    static String javaToolOptions(String template, String function) {
        Matcher resource = Pattern.compile("(?m)^  " + Pattern.quote(function) + ":\\n((?:(?:   |\\s*$).*\\n)*)").matcher(template);
        if (!resource.find()) {
            throw new IllegalStateException(function + " is not in template.yaml");
        }
        Matcher options = Pattern.compile("(?m)^\\s+JAVA_TOOL_OPTIONS: ([^#\\n]+)").matcher(resource.group(1));
        if (!options.find()) {
            throw new IllegalStateException(function + " has no JAVA_TOOL_OPTIONS in template.yaml");
        }
        return options.group(1).trim();
    }

    private static double median(List<double[]> samples, int column) {
        double[] values = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
