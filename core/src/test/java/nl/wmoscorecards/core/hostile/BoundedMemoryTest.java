package nl.wmoscorecards.core.hostile;

import static nl.wmoscorecards.core.hostile.ZipBombs.Entry.of;
import static nl.wmoscorecards.core.hostile.ZipBombs.Entry.zeros;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.report.ParsedReport;
import nl.wmoscorecards.core.report.ReportFileReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the configured input limits, not by the input: the ingest runs in a child JVM with a
 * 96 MB heap on a 500 MB attribute, a 10 GiB zip entry, 20 entries of 250 MB and an XLSX sheet of 1 GiB. Each
 * is refused by size and the child neither runs out of memory nor stores anything.
 */
@Tag("hostile")
@Tag("slow")
class BoundedMemoryTest {
    static final String HEAP = "-Xmx96m";

    @Test
    void hostileInputsAreRefusedWithinASmallHeap(@TempDir Path work) throws Exception {
        Files.write(work.resolve("entry-10gib.zip"), ZipBombs.zip(zeros("m.xml", 10 * 1024)));
        Files.write(work.resolve("twenty-250mb.zip"), ZipBombs.zip(IntStream.range(0, 20)
                .mapToObj(i -> zeros("part-" + i + ".jsonl", 250)).toArray(ZipBombs.Entry[]::new)));
        Files.write(work.resolve("sheet-1gib.xlsx"), ZipBombs.zip(of("[Content_Types].xml", "<Types/>"),
                zeros("xl/worksheets/sheet1.xml", 1024)));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = work.resolve("child.log");

        Process child = new ProcessBuilder(java.toString(), HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), work.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(output);

        assertThat(ended).as("child ended in time").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("attribute-500mb.xml: written=0 refused=an attribute value or text is longer than 64 KiB")
                .contains("entry-10gib.zip: written=0 refused=archive entry unpacks to more than 256 MiB")
                .contains("twenty-250mb.zip: written=0 refused=archive unpacks to more than 1 GiB")
                .contains("sheet-1gib.xlsx: rows=0 refused=Het Excel-bestand is te groot uitgepakt");
    }

    /** The ingest in the small heap; prints one line per input and the peak resident memory. */
    static final class Child {
        public static void main(String[] args) throws IOException {
            Path work = Path.of(args[0]);
            ScorecardsConfig config = ConfigLoader.fromClasspath();
            RecordingStore store = new RecordingStore();
            AllocationIngest ingest = new AllocationIngest(store, config.regions(), new Pseudonymizer(new byte[32]));
            List<String> lines = new ArrayList<>();
            long started = System.nanoTime();
            IngestReport xml = ingest.ingest("attribute-500mb.xml", ZipBombs.repeated(BombCorpusTest.ROOT
                    + "<wmo301:Header a=\"", (byte) 'a', 500L * 1024 * 1024, "\"/></wmo301:Bericht>"));
            lines.add(line("attribute-500mb.xml", store, xml, started));
            for (String zip : List.of("entry-10gib.zip", "twenty-250mb.zip")) {
                started = System.nanoTime();
                IngestReport report = ingest.ingestPaths(List.of(work.resolve(zip)));
                lines.add(line(zip, store, report, started));
            }
            started = System.nanoTime();
            ParsedReport xlsx = new ReportFileReader(config.regions()).read(config.reportTypes().type("cto").orElseThrow(),
                    "sheet-1gib.xlsx", new ByteArrayInputStream(Files.readAllBytes(work.resolve("sheet-1gib.xlsx"))));
            lines.add("sheet-1gib.xlsx: rows=" + xlsx.rows().size() + " refused="
                    + (xlsx.problems().isEmpty() ? "-" : xlsx.problems().get(0).messageNl()) + " in " + millis(started) + " ms");
            lines.forEach(System.out::println);
            System.out.println("peak resident memory: " + peakResident() + ", heap limit " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB");
        }

        private static String line(String name, RecordingStore store, IngestReport report, long started) {
            return name + ": written=" + store.written.size() + " refused="
                    + (report.errors().isEmpty() ? "-" : report.errors().get(0).rule()) + " in " + millis(started) + " ms";
        }

        private static long millis(long started) {
            return (System.nanoTime() - started) / 1_000_000;
        }

        private static String peakResident() throws IOException {
            Path status = Path.of("/proc/self/status");
            if (!Files.exists(status)) {
                return "unknown";
            }
            return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
        }
    }
}
