package nl.wmoscorecards.local.runtime;

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
 */
public final class EmbeddedDynamoDb implements AutoCloseable {
    private static final long START_TIMEOUT_MILLIS = 20_000;
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
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("node", cli.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (folder != null) {
            Files.createDirectories(folder);
            command.addAll(List.of("--path", folder.toAbsolutePath().toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        EmbeddedDynamoDb server = new EmbeddedDynamoDb(process, URI.create("http://127.0.0.1:" + port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitListening(port);
        return server;
    }

    public URI endpoint() {
        return endpoint;
    }

    private void awaitListening(int port) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("dynalite exited with code " + process.exitValue()
                        + " (is the data folder used by another scorecards command?)");
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
