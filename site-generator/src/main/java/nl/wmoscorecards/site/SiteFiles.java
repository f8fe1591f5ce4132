package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Maps a site path ("regio/x/2025.html") to a file under the output folder, and creates its folder. */
final class SiteFiles {
    private SiteFiles() {
    }

    static Path resolve(Path outDir, String sitePath) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        Path file = root.resolve(sitePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("site path " + sitePath + " leaves the output folder");
        }
        Files.createDirectories(file.getParent());
        return file;
    }
}
