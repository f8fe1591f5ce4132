package nl.wmoscorecards.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Copies the static assets (stylesheet, favicon) from the classpath into the site, and the internal robots.txt. */
final class AssetWriter {
    private static final String CLASSPATH_ROOT = "/site-assets/";
    static final String INTERNAL_ROBOTS_TXT = "# Interne editie: niet indexeren.\nUser-agent: *\nDisallow: /\n";

    void writeAll(Edition edition, SiteWriter out) throws IOException {
        write(SitePaths.STYLESHEET, out);
        write(SitePaths.FAVICON, out);
        if (edition == Edition.INTERNAL) {
            out.bytes(SitePaths.ROBOTS, INTERNAL_ROBOTS_TXT.getBytes(StandardCharsets.UTF_8));
        }
    }

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
