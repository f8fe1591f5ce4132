package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One site rendered in both editions side by side, once per test class, for the suites that check what each
 * edition shows of the same data: {@code @RegisterExtension static final BothEditions EDITIONS =
 * BothEditions.of(edition -> model)}. The public edition is written under {@code public}, the internal one under
 * {@code internal} of a temporary folder that is removed after the class; each comes with the files the
 * generator says it wrote. {@code @Nested} classes, which inherit the extension, share the outer class's sites.
 */
final class BothEditions implements BeforeAllCallback, AfterAllCallback {
    private final Function<Edition, SiteModel> model;
    /** The class that rendered the sites and removes them; null while there are none. */
    private String owner;
    private Path folder;
    private List<Path> publicFiles;
    private List<Path> internalFiles;

    private BothEditions(Function<Edition, SiteModel> model) {
        this.model = model;
    }

    /** Renders each edition's model as published today with no previous publish. */
    static BothEditions of(Function<Edition, SiteModel> model) {
        return new BothEditions(model);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (owner != null) {
            return;
        }
        owner = context.getUniqueId();
        folder = Files.createTempDirectory("both-editions-");
        SiteGenerator generator = new SiteGenerator();
        publicFiles = generator.generate(model.apply(Edition.PUBLIC), publicSite());
        internalFiles = generator.generate(model.apply(Edition.INTERNAL), internalSite());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (!context.getUniqueId().equals(owner)) {
            return;
        }
        owner = null;
        try (Stream<Path> written = Files.walk(folder)) {
            for (Path path : written.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    Path publicSite() {
        return folder.resolve("public");
    }

    Path internalSite() {
        return folder.resolve("internal");
    }

    List<Path> publicFiles() {
        return publicFiles;
    }

    List<Path> internalFiles() {
        return internalFiles;
    }
}
