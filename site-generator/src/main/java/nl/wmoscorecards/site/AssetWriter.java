package nl.wmoscorecards.site;

import java.io.IOException;
import java.io.InputStream;

/** Copies the static assets (the stylesheet) from the classpath into the site. */
final class AssetWriter {
    private static final String CLASSPATH_ROOT = "/site-assets/";

    void write(String sitePath, SiteWriter out) throws IOException {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        try (InputStream in = AssetWriter.class.getResourceAsStream(CLASSPATH_ROOT + name)) {
            if (in == null) {
                throw new IOException("asset " + CLASSPATH_ROOT + name + " is missing from the classpath");
            }
            out.bytes(sitePath, in.readAllBytes());
        }
    }
}
