package nl.wmoscorecards.tests.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wmoscorecards.local.cli.StaticSiteServer;
import nl.wmoscorecards.site.Edition;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Both editions of the fixture site served over HTTP, and one headless Chromium to load their pages. Skipped,
 * loudly, where no browser is installed.
 */
final class ServedSites implements AutoCloseable {
    private final StaticSiteServer publicServer;
    private final StaticSiteServer internalServer;
    final ChromeDriver browser;

    private ServedSites(StaticSiteServer publicServer, StaticSiteServer internalServer, ChromeDriver browser) {
        this.publicServer = publicServer;
        this.internalServer = internalServer;
        this.browser = browser;
    }

    static ServedSites start(Path work) throws IOException {
        HeadlessChromium.assumeInstalled();
        StaticSiteServer publicServer = StaticSiteServer.start(
                SiteFixtures.generate(work.resolve("public"), Edition.PUBLIC), 0);
        StaticSiteServer internalServer = StaticSiteServer.start(
                SiteFixtures.generate(work.resolve("internal"), Edition.INTERNAL), 0);
        return new ServedSites(publicServer, internalServer,
                HeadlessChromium.start(Files.createDirectories(work.resolve("profile"))));
    }

    /** Loads the page and returns once it has loaded. */
    void load(Edition edition, String page) {
        StaticSiteServer server = edition == Edition.PUBLIC ? publicServer : internalServer;
        browser.get(server.url().resolve(page).toString());
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.quit();
        }
        publicServer.close();
        internalServer.close();
    }
}
