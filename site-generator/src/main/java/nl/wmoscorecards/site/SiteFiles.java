package nl.wmoscorecards.site;

import java.nio.file.Path;

/** Maps a site path ("regio/x/2025.html") to a file under the output folder; the caller creates its folder. */
final class SiteFiles {
    private SiteFiles() {
    }

    /** @param root the output folder, absolute and normalised */
    static Path resolve(Path root, String sitePath) {
        Path file = root.resolve(sitePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("site path " + sitePath + " leaves the output folder");
        }
        return file;
    }
}
