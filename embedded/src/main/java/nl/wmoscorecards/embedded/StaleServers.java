package nl.wmoscorecards.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops a DynamoDB server (dynalite) still running on a data folder after the command that
 * started it was killed: it holds the store's files, and a new server on the same folder cannot open
 * them. Called with the data folder's lock held, so any server found on the folder is stale. A process is
 * stopped only when its command line shows dynalite on this very folder: a reused process id is left alone.
 */
final class StaleServers {
    private static final Logger LOG = LoggerFactory.getLogger(StaleServers.class);
    static final String PID_FILE = "dynamodb.pid";

    private StaleServers() {
    }

    /** Writes the server's process id beside its folder, for platforms that do not show command lines. */
    static void remember(Path folder, long pid) throws IOException {
        Files.writeString(pidFile(folder), pid + "\n", StandardCharsets.US_ASCII);
    }

    /** Stops every dynalite process serving {@code folder}; returns how many were stopped. */
    static int stopAll(Path folder) {
        String path = folder.toAbsolutePath().toString();
        Set<ProcessHandle> stale = new LinkedHashSet<>();
        recorded(folder).filter(p -> servesFolder(p, path, true)).ifPresent(stale::add);
        ProcessHandle.allProcesses().filter(p -> servesFolder(p, path, false)).forEach(stale::add);
        stale.remove(ProcessHandle.current());
        for (ProcessHandle process : stale) {
            LOG.warn("Stopping a DynamoDB server (pid {}) left running on {} by an earlier command", process.pid(), path);
            process.destroy();
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                process.destroyForcibly();
                process.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join();
            }
        }
        return stale.size();
    }

    private static Optional<ProcessHandle> recorded(Path folder) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile(folder), StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException none) {
            return Optional.empty();
        }
    }

    /**
     * True when the process is dynalite with {@code --path folder}. Without a readable command line a recorded
     * process counts when it is a Node.js process ({@code recorded}); an unrecorded one never does.
     */
    private static boolean servesFolder(ProcessHandle process, String folder, boolean recorded) {
        if (!process.isAlive()) {
            return false;
        }
        ProcessHandle.Info info = process.info();
        Optional<String[]> arguments = info.arguments();
        if (arguments.isPresent()) {
            String[] args = arguments.get();
            boolean dynalite = Arrays.stream(args).anyMatch(a -> a.contains("dynalite"));
            for (int i = 0; i + 1 < args.length; i++) {
                if (dynalite && "--path".equals(args[i]) && folder.equals(args[i + 1])) {
                    return true;
                }
            }
            return false;
        }
        return recorded && info.command().map(c -> Path.of(c).getFileName().toString().startsWith("node")).orElse(false);
    }

    private static Path pidFile(Path folder) {
        Path absolute = folder.toAbsolutePath();
        return absolute.resolveSibling(PID_FILE);
    }
}
