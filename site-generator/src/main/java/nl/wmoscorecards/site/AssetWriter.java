package nl.wmoscorecards.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies the static assets (the stylesheet) from the classpath into the site. */
final class AssetWriter {
    private static final String CLASSPATH_ROOT = "/site-assets/";

    Path write(String sitePath, Path outDir) throws IOException {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        Path file = SiteFiles.resolve(outDir, sitePath);
        try (InputStream in = AssetWriter.class.getResourceAsStream(CLASSPATH_ROOT + name)) {
            if (in == null) {
                throw new IOException("asset " + CLASSPATH_ROOT + name + " is missing from the classpath");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
