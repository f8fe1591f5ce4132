package nl.wmoscorecards.tests.site;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, started with explicit paths so Selenium Manager never downloads a
 * browser or driver. Flags as known to work on this machine kind as root: no sandbox, no GPU, and no
 * background networking (the closed network refuses it), with a fresh profile per run.
 */
final class HeadlessChromium {
    static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
    static final String HOW_TO_RUN = "SKIPPED: no headless browser. The accessibility tests need Debian's chromium and"
            + " chromium-driver (" + BROWSER + ", " + DRIVER + "): run `apt-get update && apt-get install -y chromium"
            + " chromium-driver` (what .ci/run does), or set CHROMIUM_BINARY and CHROMEDRIVER_BINARY, then"
            + " `mvn -o verify -pl tests -Dtest='nl.wmoscorecards.tests.site.*' -Dsurefire.failIfNoSpecifiedTests=false`.";

    private HeadlessChromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Skips the test class where no browser is installed, and says so on the console. */
    static void assumeInstalled() {
        if (!installed()) {
            System.err.println("\n*** " + HOW_TO_RUN + " ***\n");
        }
        Assumptions.assumeTrue(installed(), HOW_TO_RUN);
    }

    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Clicks what submits a form or follows a link, and returns once the browser shows the next document. A bare
     * click may return while the old page is still shown, so a following find can hit the old page's elements.
     */
    static void clickAndAwaitNextPage(ChromeDriver browser, WebElement element) {
        WebElement current = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(current));
    }

    /** Quits the browser, then closes the rest in the order given; any of them null when the start was skipped. */
    static void quitThenClose(ChromeDriver browser, AutoCloseable... inOrder) throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (AutoCloseable closeable : inOrder) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }
}
