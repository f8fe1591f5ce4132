package nl.wmoscorecards.tests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.embedded.ProjectHome;
import nl.wmoscorecards.local.ScorecardsCli;
import nl.wmoscorecards.local.demo.DemoData;
import nl.wmoscorecards.local.demo.DemoDataGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The data folder as a user meets it on a laptop, with the CLI in its own process as it runs from the
 * shell: a second command on a busy folder gets one clear line and exit code 3; a command killed with
 * {@code kill -9} takes its DynamoDB server with it, and the next command on the folder just works; a server
 * left running by an older version is found and stopped; a crash is one line, exit code 3, details in a file.
 */
@Tag("reliability")
class DataFolderLifecycleTest {
    private static final int YEAR = 2025;
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path work;

    @AfterEach
    void stopWhatWasStarted() {
        started.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aBusyFolderIsRefusedClearlyAndAKilledCommandLeavesNothingRunningOrLocked() throws Exception {
        Path data = work.resolve("data");
        List<String> inputs = demoInputs();
        List<String> ingestTenTimes = new ArrayList<>(List.of("ingest-events", "--data", data.toString()));
        for (int i = 0; i < 10; i++) {
            ingestTenTimes.addAll(inputs);
        }
        Process ingest = cli(Map.of(), ingestTenTimes.toArray(String[]::new));
        long server = awaitServerOf(data, ingest);

        Run second = inProcess("kpi-run", "--data", data.toString(), "--year", Integer.toString(YEAR), "--as-of", "2026-03-01");
        assertThat(ingest.isAlive()).as("the first command still runs").isTrue();
        assertThat(second.exit()).isEqualTo(3);
        assertThat(second.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("scorecards kpi-run: The data folder ")
                .contains("is in use by another scorecards command (pid " + ingest.pid())
                .contains("another --data folder"));

        long killedAt = System.nanoTime();
        ingest.destroyForcibly(); // SIGKILL: no shutdown hook runs
        ingest.waitFor(30, TimeUnit.SECONDS);
        Optional<ProcessHandle> orphan = ProcessHandle.of(server);
        boolean serverEnded = orphan.isEmpty() || orphan.get().onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS)
                .thenApply(p -> !orphan.get().isAlive()).get();
        long serverGoneMillis = (System.nanoTime() - killedAt) / 1_000_000;
        assertThat(serverEnded).as("dynalite (pid " + server + ") ended with the killed command").isTrue();

        Run next = inProcess("ingest-events", "--data", data.toString(), inputs.get(0));
        assertThat(next.exit()).as(next.out() + next.err()).isIn(0, 1);
        assertThat(next.out()).contains("messages accepted");
        assertThat(next.err()).doesNotContain("Connection refused").doesNotContain("in use by another");
        Run kpi = inProcess("kpi-run", "--data", data.toString(), "--year", Integer.toString(YEAR), "--as-of", "2026-03-01");
        assertThat(kpi.exit()).as(kpi.out() + kpi.err()).isZero();
        Figures.record("DataFolderLifecycleTest", "busy folder: exit 3, one line; kill -9 of ingest-events: its dynalite (pid "
                + server + ") gone " + serverGoneMillis + " ms after the kill; next ingest-events and kpi-run on the folder: exit "
                + next.exit() + " and " + kpi.exit());
    }

    /**
     * {@code demo} (generate, ingest, uploads, KPI run, publish) killed with SIGKILL at five points, each time
     * followed by nothing but the next command: the sixth, uninterrupted run ends with the KPI JSON of a clean run.
     */
    @Test
    @Tag("long")
    void aDemoKilledAtFivePointsEndsWithTheKpisOfACleanRun() throws Exception {
        String year = "2026";
        Path clean = work.resolve("clean");
        Run cleanRun = inProcess("demo", "--data", clean.toString(), "--year", year);
        assertThat(cleanRun.exit()).as(cleanRun.out() + cleanRun.err()).isIn(0, 1);
        String expected = Files.readString(clean.resolve("kpi-results-" + year + ".json"));

        Path data = work.resolve("killed");
        List<String> points = new ArrayList<>();
        for (long delay : new long[] {0, 2_000, 5_000, 9_000, 14_000}) {
            Process demo = cli(Map.of(), "demo", "--data", data.toString(), "--year", year);
            long server = awaitServerOf(data, demo);
            Thread.sleep(delay);
            boolean killed = demo.isAlive();
            demo.destroyForcibly();
            demo.waitFor(30, TimeUnit.SECONDS);
            Optional<ProcessHandle> orphan = ProcessHandle.of(server);
            orphan.ifPresent(p -> p.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join());
            assertThat(orphan.map(ProcessHandle::isAlive).orElse(false)).as("dynalite of the killed demo").isFalse();
            points.add((killed ? "killed " : "ended before ") + (delay / 1000) + " s after its server started");
        }
        Run last = inProcess("demo", "--data", data.toString(), "--year", year);
        assertThat(last.exit()).as(last.out() + last.err()).isIn(0, 1);

        assertThat(Files.readString(data.resolve("kpi-results-" + year + ".json"))).isEqualTo(expected);
        Figures.record("DataFolderLifecycleTest", "demo " + year + " " + String.join(", ", points)
                + "; the next demo's KPI JSON equals a clean run's (" + expected.length() + " characters)");
    }

    @Test
    void aServerLeftRunningByAnOlderVersionIsStoppedAndTheNextCommandWorks() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("dynamodb"));
        // What a kill -9 left before the watchdog: dynalite re-parented to PID 1, holding the store's files.
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process orphan = new ProcessBuilder("node", ProjectHome.locate().resolve("node_modules/dynalite/cli.js").toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--path", data.resolve("dynamodb").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(orphan);
        awaitListening(port);
        Files.writeString(data.resolve(".scorecards.lock"), "pid 999999, since 2026-01-01 00:00:00\n");

        Run next = inProcess("ingest-events", "--data", data.toString(), demoInputs().get(0));

        assertThat(next.exit()).as(next.out() + next.err()).isIn(0, 1);
        assertThat(next.out()).contains("messages accepted");
        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).as("the stale server was stopped").isTrue();
    }

    @Test
    void aCrashIsOneLineWithExitCodeThreeAndTheDetailsInAFile() throws Exception {
        Path data = work.resolve("data");
        Path log = work.resolve("crash.log");
        Process crash = cli(Map.of("SCORECARDS_DYNAMODB_ENDPOINT", "http://127.0.0.1:9"), log,
                "kpi-run", "--data", data.toString(), "--year", Integer.toString(YEAR));
        assertThat(crash.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(crash.exitValue()).as(output).isEqualTo(3);
        List<String> failures = output.lines().filter(l -> l.startsWith("scorecards kpi-run failed: ")).toList();
        assertThat(failures).as(output).singleElement().satisfies(line -> assertThat(line)
                .contains("Connection refused").contains("; details in "));
        assertThat(output).as("no stack trace on the console").doesNotContain("\tat ").doesNotContain("Caused by");
        Path details = Path.of(failures.get(0).substring(failures.get(0).indexOf("; details in ") + 13).strip());
        assertThat(details).startsWith(data.resolve("logs")).isRegularFile();
        assertThat(Files.readString(details)).contains("\tat ");

        Run usage = inProcess("kpi-run", "--data", data.toString(), "--no-such-option");
        assertThat(usage.exit()).isEqualTo(2);
    }

    private List<String> demoInputs() throws IOException {
        DemoData demo = new DemoDataGenerator(ConfigLoader.fromClasspath(), YEAR, 7).generate(work.resolve("demo-input"));
        return demo.eventFiles().stream().map(Path::toString).toList();
    }

    /** Waits for the command's DynamoDB server to listen; returns its pid. */
    private long awaitServerOf(Path data, Process command) throws Exception {
        Path pidFile = data.resolve("dynamodb.pid");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && command.isAlive()) {
            if (Files.exists(pidFile)) {
                String text = Files.readString(pidFile).strip();
                if (!text.isEmpty()) {
                    long pid = Long.parseLong(text);
                    Optional<ProcessHandle> server = ProcessHandle.of(pid);
                    if (server.isPresent() && server.get().parent().map(p -> p.pid() == command.pid()).orElse(false)) {
                        Thread.sleep(1_000); // the server listens, the command is at work
                        return pid;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the command did not start its DynamoDB server; alive: " + command.isAlive());
    }

    private static void awaitListening(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("dynalite did not listen on " + port);
    }

    private Process cli(Map<String, String> environment, String... args) throws IOException {
        return cli(environment, work.resolve("cli-" + started.size() + ".log"), args);
    }

    /** The CLI in its own JVM, as ./scorecards runs it. */
    private Process cli(Map<String, String> environment, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dscorecards.home=" + ProjectHome.locate(), "-cp", System.getProperty("java.class.path"),
                ScorecardsCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    record Run(int exit, String out, String err) {
    }

    private static Run inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ScorecardsCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

}
