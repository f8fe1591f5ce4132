package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/deploy.md is what an operator types: the resource names, stack names, parameters and outputs it names are
 * those template.yaml and samconfig.toml create, its overview lists every function and table, and every
 * `sam build` command in it follows the Maven build of the jar (the functions say SkipBuild, so `sam build` alone ships
 * the old jar).
 */
class TemplateMatchesDeployGuideTest {
    private static final Pattern NAME = Pattern.compile("scorecards-(?:prod|dev)-[a-z0-9][a-z0-9-]*[a-z0-9]");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private final Template template = Template.load();
    private final String guide = read("docs/deploy.md");

    private static String read(String file) {
        try {
            return Files.readString(Template.HOME.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every "${AppName}-${Stage}-..." name of the template, for the prod and dev stages (a bucket without its account id). */
    private Set<String> templateNames() {
        Set<String> names = new TreeSet<>();
        collectNames(template.resources(), names);
        return names;
    }

    private static void collectNames(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("Fn::Sub") instanceof String sub && sub.contains("${AppName}-${Stage}-")) {
                String name = sub.substring(sub.indexOf("${AppName}-${Stage}-")).replace("-${AWS::AccountId}", "");
                for (String stage : List.of("prod", "dev")) {
                    String resolved = name.replace("${AppName}", "scorecards").replace("${Stage}", stage);
                    if (!resolved.contains("${")) {
                        names.add(resolved);
                    }
                }
            }
            map.values().forEach(v -> collectNames(v, names));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectNames(v, names));
        }
    }

    @Test
    void everyResourceNameTheGuideUsesIsOneTheTemplateCreates() {
        Set<String> names = templateNames();
        assertThat(names).contains("scorecards-prod-allocation-messages", "scorecards-prod-escalations",
                "scorecards-prod-upload-api", "scorecards-prod-incoming");
        Matcher used = NAME.matcher(guide);
        List<String> unknown = new ArrayList<>();
        int count = 0;
        while (used.find()) {
            count++;
            String name = used.group();
            String base = name.endsWith("-restored") ? name.substring(0, name.length() - "-restored".length()) : name;
            if (!names.contains(base)) {
                unknown.add(name);
            }
        }
        assertThat(count).as("names in the guide").isGreaterThan(20);
        assertThat(unknown).as("names in docs/deploy.md that template.yaml does not create").isEmpty();
    }

    @Test
    void theStackNamesAreSamconfigs() {
        String samconfig = read("samconfig.toml");
        Set<String> stacks = new TreeSet<>();
        Matcher stack = Pattern.compile("stack_name = \"([^\"]+)\"").matcher(samconfig);
        while (stack.find()) {
            stacks.add(stack.group(1));
        }
        assertThat(stacks).containsExactlyInAnyOrder("scorecards-prod", "scorecards-dev");
        Matcher used = Pattern.compile("(?:--stack-name|stack) `?(scorecards-[a-z]+)(?![a-z-])").matcher(guide);
        int count = 0;
        while (used.find()) {
            count++;
            assertThat(stacks).as("stack named in the guide").contains(used.group(1));
        }
        assertThat(count).isPositive();
    }

    @Test
    void theOverviewListsEveryFunctionAndEveryTable() {
        Set<String> functions = shortNames("AWS::Serverless::Function", "FunctionName");
        Set<String> tables = shortNames("AWS::DynamoDB::Table", "TableName");
        Set<String> stateMachines = shortNames("AWS::Serverless::StateMachine", "Name");
        Set<String> indexes = new TreeSet<>();
        for (String table : template.ofType("AWS::DynamoDB::Table")) {
            Template.list(template.properties(table).get("GlobalSecondaryIndexes"))
                    .forEach(i -> indexes.add((String) Template.map(i).get("IndexName")));
        }

        Set<String> functionRow = lowerCaseCode(overviewRow("functions"));
        assertThat(functionRow).containsAll(functions);
        assertThat(functions.size() + stateMachines.size()).isGreaterThanOrEqualTo(functionRow.size());
        Set<String> tableRow = lowerCaseCode(overviewRow("DynamoDB"));
        tableRow.removeAll(indexes);
        assertThat(tableRow).isEqualTo(tables);
    }

    private Set<String> shortNames(String type, String property) {
        Set<String> names = new TreeSet<>();
        for (String id : template.ofType(type)) {
            String sub = (String) Template.map(template.properties(id).get(property)).get("Fn::Sub");
            names.add(sub.replace("${AppName}-${Stage}-", ""));
        }
        return names;
    }

    private String overviewRow(String what) {
        return guide.lines().filter(line -> line.startsWith("| " + what)).findFirst()
                .orElseThrow(() -> new AssertionError("no overview row " + what));
    }

    /** `name` spans of lower-case names (resource names, not parameters or paths). */
    private static Set<String> lowerCaseCode(String line) {
        Set<String> names = new TreeSet<>();
        Matcher code = BACKTICKED.matcher(line);
        while (code.find()) {
            if (code.group(1).matches("[a-z][a-z0-9-]*")) {
                names.add(code.group(1));
            }
        }
        return names;
    }

    @Test
    void theParametersTableIsTheTemplatesParameters() {
        int start = guide.indexOf("| parameter | default | meaning |");
        assertThat(start).isPositive();
        Set<String> listed = new TreeSet<>();
        for (String line : guide.substring(start).lines().skip(2).takeWhile(l -> l.startsWith("|")).toList()) {
            Matcher name = Pattern.compile("^\\| `(\\w+)` \\|").matcher(line);
            assertThat(name.find()).as(line).isTrue();
            listed.add(name.group(1));
        }
        assertThat(listed).isEqualTo(Template.map(template.root().get("Parameters")).keySet());
    }

    @Test
    void everyOutputTheGuideNamesExists() {
        Set<String> outputs = Template.map(template.root().get("Outputs")).keySet();
        Matcher named = Pattern.compile("outputs? `(\\w+)`").matcher(guide);
        int count = 0;
        while (named.find()) {
            count++;
            assertThat(outputs).as("output named in the guide").contains(named.group(1));
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everySamBuildFollowsTheMavenBuildOfTheJarAndEveryInvokeGoesToTheAlias() {
        List<String> lines = guide.lines().toList();
        boolean inBlock = false;
        boolean jarBuiltInBlock = false;
        int builds = 0;
        for (String line : lines) {
            if (line.strip().startsWith("```")) {
                inBlock = !inBlock;
                jarBuiltInBlock = false;
                continue;
            }
            boolean buildsJar = line.matches(".*mvn .*-pl functions .*package.*");
            int samBuild = Math.max(line.indexOf("sam build"), line.indexOf("samlocal build"));
            if (inBlock && samBuild >= 0) { // a command (prose may say what `sam build` alone does)
                builds++;
                boolean before = buildsJar && line.indexOf("package") < samBuild;
                assertThat(before || (inBlock && jarBuiltInBlock)).as("the jar is rebuilt before: " + line).isTrue();
            }
            jarBuiltInBlock |= inBlock && buildsJar;
            if (line.contains("aws lambda invoke")) {
                assertThat(line).as("invokes what the schedules and the state machine invoke").contains("--qualifier live");
            }
        }
        assertThat(builds).isGreaterThanOrEqualTo(3);
    }
}
