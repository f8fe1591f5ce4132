package nl.wmoscorecards.tests.site;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A browser test class: both editions served and one headless Chromium for all of the class's tests. */
abstract class BrowserSiteTest {
    @TempDir
    static Path work;
    static ServedSites sites;

    @BeforeAll
    static void start() throws IOException {
        sites = ServedSites.start(work);
    }

    @AfterAll
    static void stop() {
        if (sites != null) {
            sites.close();
            sites = null;
        }
    }
}
