package nl.wmoscorecards.local.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One command at a time per data folder. The lock is the operating system's lock on {@value #FILE}, so it
 * is released when the process ends in any way, {@code kill -9} included: a lock file left by a killed run
 * is found unlocked and simply taken over. The file's text names the holder for the message a second
 * command prints.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE = ".scorecards.lock";
    private final FileChannel channel;
    private final FileLock lock;

    /** Thrown when another command (another process, or this one) holds the data folder. */
    public static final class DataFolderBusy extends IOException {
        private static final long serialVersionUID = 1L;

        DataFolderBusy(Path folder, String holder) {
            super("The data folder " + folder.toAbsolutePath().normalize() + " is in use by another scorecards command"
                    + (holder.isBlank() ? "" : " (" + holder.strip() + ")")
                    + ". Wait until it has finished, or give this command another --data folder.");
        }
    }

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock or throws {@link DataFolderBusy} at once (never waits). */
    public static DataFolderLock acquire(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = readHolder(channel);
            channel.close();
            throw new DataFolderBusy(folder, holder);
        }
        try {
            String holder = "pid " + ProcessHandle.current().pid() + ", since "
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new DataFolderLock(channel, lock);
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        } catch (IOException unreadable) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The operating system drops the lock with the process anyway.
        }
    }
}
