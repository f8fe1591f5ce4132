package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps a site folder equal to the last generation: removes files the generation did not write, then
 * empty folders. Only in a folder the generator owns (marked by {@link #MARKER}, a site from before the
 * marker existed, or empty), so a wrong
 * --out never deletes someone's documents.
 */
public final class StaleFiles {
    public static final String MARKER = ".wmo-scorecards-site";

    private StaleFiles() {
    }

    /** Fails before anything is written when outDir holds files but is not a site folder. */
    public static void checkOwned(Path outDir) throws IOException {
        boolean earlierSite = Files.exists(outDir.resolve("index.html")) && Files.exists(outDir.resolve("assets/site.css"));
        if (!Files.isDirectory(outDir) || Files.exists(outDir.resolve(MARKER)) || earlierSite) {
            return;
        }
        try (Stream<Path> entries = Files.list(outDir)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("folder " + outDir.toAbsolutePath() + " is not empty and was not written by"
                        + " 'scorecards publish'; choose an empty or new folder for --out");
            }
        }
    }

    /** Marks outDir as a site folder and removes every file not in written; returns the files removed. */
    public static List<Path> removeAllBut(Path outDir, List<Path> written) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        Path marker = root.resolve(MARKER);
        Files.writeString(marker, "Written by wmo-scorecards publish; files not generated are removed.\n");
        Set<Path> keep = new HashSet<>();
        written.forEach(f -> keep.add(f.toAbsolutePath().normalize()));
        keep.add(marker);
        List<Path> stale;
        try (Stream<Path> files = Files.walk(root)) {
            stale = files.filter(Files::isRegularFile).filter(f -> !keep.contains(f)).toList();
        }
        for (Path file : stale) {
            Files.delete(file);
        }
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                if (!folder.equals(root) && isEmpty(folder)) {
                    Files.delete(folder);
                }
            }
        }
        return stale;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
