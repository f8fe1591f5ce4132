package nl.wmoscorecards.tests.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a provider does with the upload page's form once signed in, whichever way it signed in. */
final class UploadPageForm {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private UploadPageForm() {
    }

    /** Picks a file with the file field (written to a folder of its own in {@code files}), sends it, returns the outcome. */
    static String send(ChromeDriver browser, Path files, String reportType, String period, String fileName, String content)
            throws IOException {
        Path file = Files.createDirectories(files.resolve(UUID.randomUUID().toString())).resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        new Select(browser.findElement(By.id("rapporttype"))).selectByValue(reportType);
        new Select(browser.findElement(By.id("periode"))).selectByValue(period);
        browser.findElement(By.id("bestand")).sendKeys(file.toString());
        browser.findElement(By.id("versturen-knop")).click();
        new WebDriverWait(browser, WAIT).until(d -> {
            String text = d.findElement(By.id("uitkomst")).getText();
            return text.startsWith("Geaccepteerd") || text.startsWith("Afgewezen") || text.startsWith("Het bestand is niet")
                    || text.contains("bestaat niet");
        });
        return browser.findElement(By.id("uitkomst")).getText();
    }

    /** Drops a file on the drop zone as a drag from the file manager does: dragenter, dragover, then drop. */
    static void drop(ChromeDriver browser, String fileName, String content, String type) {
        browser.executeScript("""
                const [name, content, type] = arguments;
                const transfer = new DataTransfer();
                transfer.items.add(new File([content], name, {type: type}));
                const zone = document.getElementById('sleepvak');
                for (const kind of ['dragenter', 'dragover', 'drop']) {
                  zone.dispatchEvent(new DragEvent(kind, {bubbles: true, cancelable: true, dataTransfer: transfer}));
                }
                """, fileName, content, type);
    }
}
