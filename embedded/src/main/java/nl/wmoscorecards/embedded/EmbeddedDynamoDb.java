package nl.wmoscorecards.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A DynamoDB-compatible server for the embedded runtime and the tests: dynalite (Apache-2.0, from the
 * npm registry) on loopback, persisting to a folder or in memory. It speaks the DynamoDB wire protocol,
 * so the same SDK and Enhanced Client code runs against it as against AWS. Amazon's DynamoDB Local is
 * not used: its licence is not an open-source one.
 *
 * <p>The server dies with the Java process that started it, however that process ends: dynalite runs
 * under a small Node.js watchdog ({@link #WATCHDOG}) that exits when its stdin (a pipe whose other end only
 * this JVM holds) closes or when it is re-parented. A server left by a run of an older version is found by
 * its command line and stopped before a new one opens the same folder ({@link StaleServers}).
 */
public final class EmbeddedDynamoDb implements AutoCloseable {
    private static final long START_TIMEOUT_MILLIS = 20_000;
    /**
     * Runs dynalite's cli.js (argv[1]) with the remaining arguments in this Node.js process, and exits as
     * soon as stdin ends (the JVM died, kill -9 included: the kernel closes its end of the pipe) or the
     * parent changes (re-parented to PID 1 or a subreaper).
     */
    static final String WATCHDOG = "const parent = process.ppid;"
            + "const exit = () => process.exit(0);"
            + "process.stdin.on('end', exit); process.stdin.on('close', exit); process.stdin.on('error', exit);"
            + "process.stdin.resume();"
            + "setInterval(() => { if (process.ppid !== parent) exit(); }, 500);"
            + "const cli = process.argv[1];"
            + "process.argv = [process.argv[0], cli].concat(process.argv.slice(2));"
            + "require(cli);";
    private final Process process;
    private final URI endpoint;

    private EmbeddedDynamoDb(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Persists in {@code folder}; null keeps everything in memory (tests). */
    public static EmbeddedDynamoDb start(Path projectHome, Path folder) throws IOException {
        Path cli = projectHome.resolve("node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("dynalite is not installed: run 'npm install' in " + projectHome);
        }
        if (folder != null) {
            StaleServers.stopAll(folder);
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("node", "-e", WATCHDOG, cli.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (folder != null) {
            Files.createDirectories(folder);
            command.addAll(List.of("--path", folder.toAbsolutePath().toString()));
        }
        // stdin stays a pipe held by this JVM only: the watchdog's lifeline.
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (folder != null) {
            StaleServers.remember(folder, process.pid());
        }
        EmbeddedDynamoDb server = new EmbeddedDynamoDb(process, URI.create("http://127.0.0.1:" + port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitListening(port);
        return server;
    }

    /** The server's process id (tests check that it ends with its command). */
    public long pid() {
        return process.pid();
    }

    public URI endpoint() {
        return endpoint;
    }

    private void awaitListening(int port) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the embedded DynamoDB server (dynalite) exited at start with code "
                        + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IOException("dynalite did not start within " + START_TIMEOUT_MILLIS + " ms");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
