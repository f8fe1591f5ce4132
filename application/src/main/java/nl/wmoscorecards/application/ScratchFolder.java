package nl.wmoscorecards.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** A temporary folder a site is rendered into, removed afterwards: a failure to remove it never fails the work. */
public final class ScratchFolder {
    private ScratchFolder() {
    }

    /** Deletes the folder and all below it; null (never made) does nothing; a folder that cannot be walked goes to {@code failed}. */
    public static void deleteQuietly(Path folder, BiConsumer<Path, IOException> failed) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            failed.accept(folder, e);
        }
    }
}
