package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files of the edition's previous publish, read by site path before anything is written: where the
 * revision log finds the figures it published last time. Locally the output folder, in AWS the site bucket.
 * Its figures are the public ones as that publish left them, and they pass the publication policy again
 * before any is shown, so an old value can never show more than today's policy allows.
 */
@FunctionalInterface
public interface PreviousPublication {
    /** No earlier publish: the first one, or a site generated for a test or a benchmark. */
    PreviousPublication NONE = sitePath -> Optional.empty();

    /** The file's bytes, or empty when the previous publish did not have it. */
    Optional<byte[]> read(String sitePath) throws IOException;

    /** The site in a folder, such as `scorecards publish --out`: read before the new site overwrites it. */
    static PreviousPublication folder(Path siteRoot) {
        Path root = siteRoot.toAbsolutePath().normalize();
        return sitePath -> {
            Path file = root.resolve(sitePath).normalize();
            if (!file.startsWith(root)) {
                throw new IllegalArgumentException("site path " + sitePath + " leaves the site folder");
            }
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        };
    }
}
