package nl.wmoscorecards.tests.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables a handler can read, found in the source: the handler's file and every project
 * class it reaches (imports, and classes of the same package named in the text), searched for
 * System.getenv("X"), env.getOrDefault("X", ...) and a String constant naming a variable that is read.
 * An over-approximation on purpose: a variable it finds and the template does not set is worth a look.
 */
final class EnvironmentReads {
    private static final List<Path> SOURCE_ROOTS = List.of(
            Template.HOME.resolve("functions/src/main/java"), Template.HOME.resolve("core/src/main/java"));
    private static final Pattern IMPORT = Pattern.compile("^import (nl\\.wmoscorecards\\.[\\w.]+);", Pattern.MULTILINE);
    private static final Pattern READ = Pattern.compile(
            // A name followed by ')' or ',' only: getenv("PREFIX_" + name) reads optional tuning variables (input
            // limits) that have defaults and need not be set on a function.
            "(?:getenv|getOrDefault)\\(\\s*\"([A-Z][A-Z0-9_]+)\"\\s*[),]|static final String \\w+ = \"([A-Z][A-Z0-9_]+)\"");

    private EnvironmentReads() {
    }

    static Set<String> of(Class<?> handler) {
        Set<String> variables = new TreeSet<>();
        for (Path file : reachableSources(handler.getName())) {
            String text = read(file);
            if (!text.contains("getenv(") && !text.contains("getOrDefault(\"")) {
                continue;
            }
            Matcher m = READ.matcher(text);
            while (m.find()) {
                variables.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return variables;
    }

    private static Set<Path> reachableSources(String className) {
        Set<Path> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(className));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Path file = source(name);
            if (file == null || !seen.add(file)) {
                continue;
            }
            String text = read(file);
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                todo.push(imports.group(1));
            }
            String pkg = name.substring(0, name.lastIndexOf('.'));
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                siblings.map(p -> p.getFileName().toString().replace(".java", ""))
                        .filter(simple -> Pattern.compile("\\b" + simple + "\\b").matcher(text).find())
                        .forEach(simple -> todo.push(pkg + "." + simple));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seen;
    }

    private static Path source(String className) {
        String relative = className.replace('.', '/') + ".java";
        return SOURCE_ROOTS.stream().map(root -> root.resolve(relative)).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
