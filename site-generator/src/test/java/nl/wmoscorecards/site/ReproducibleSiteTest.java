package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing the same data twice gives the same bytes in every file, HTML, JSON, CSV, XLSX and feed alike. The
 * second publish runs in a JVM of its own, because hash order (Map.of) differs between JVMs, not within one,
 * and a third publish goes over the first, reading it as its previous publish.
 */
@WholeSiteSuite
class ReproducibleSiteTest {
    @TempDir
    Path work;

    @Test
    void publishingTheSameDataTwiceWritesTheSameBytesInEveryFile() throws Exception {
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        FixtureSitePublish.publish(first);
        publishInAnotherJvm(second);

        List<String> files = relativeFiles(first);
        assertThat(files).contains("public/data/purmerend-edam-volendam-2025.json",
                "public/rapportages/sjabloon-klachten.xlsx", "public/data/alle-regios/2025.xlsx",
                "public/data/revisies.xml", "internal/data/alle-regios/2025.xlsx");
        assertSameBytes(first, second, files);

        FixtureSitePublish.publish(first);
        assertSameBytes(first, second, relativeFiles(first));
    }

    private static void assertSameBytes(Path a, Path b, List<String> files) throws IOException {
        assertThat(relativeFiles(b)).containsExactlyElementsOf(files);
        List<String> different = new ArrayList<>();
        for (String file : files) {
            if (Files.mismatch(a.resolve(file), b.resolve(file)) != -1) {
                different.add(file);
            }
        }
        assertThat(different).as("files that differ between two publishes of the same data").isEmpty();
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void publishInAnotherJvm(Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FixtureSitePublish.class.getName(), folder.toString())
                .redirectErrorStream(true).redirectOutput(new File(folder.getParent().toFile(), "fork.log")).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.getParent().resolve("fork.log"))).isZero();
    }
}
