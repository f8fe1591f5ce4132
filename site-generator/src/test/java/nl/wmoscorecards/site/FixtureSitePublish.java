package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Publishes the fixture's two editions into a folder, as `scorecards publish` does: run in a JVM of its own. */
final class FixtureSitePublish {
    static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private FixtureSitePublish() {
    }

    static void publish(Path folder) throws IOException {
        for (Edition edition : Edition.values()) {
            Path out = folder.resolve(edition.name().toLowerCase(java.util.Locale.ROOT));
            new SiteGenerator().generate(SiteFixture.model(edition),
                    new Publication(DAY, PreviousPublication.folder(out)), out);
        }
    }

    public static void main(String[] args) throws IOException {
        publish(Path.of(args[0]));
    }
}
