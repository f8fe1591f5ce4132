package nl.wmoscorecards.tests.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The figures docs/reliability.md reports: each suite appends a line to target/reliability-figures.txt
 * (and prints it), so the last run's numbers can be copied from one place.
 */
public final class Figures {
    static final Path FILE = Path.of("target", "reliability-figures.txt");

    private Figures() {
    }

    public static synchronized void record(String suite, String line) {
        String text = Instant.now() + " " + suite + ": " + line + System.lineSeparator();
        System.out.print(text);
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
