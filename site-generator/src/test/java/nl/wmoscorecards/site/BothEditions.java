package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.wmoscorecards.core.calendar.DutchTime;

/**
 * One site rendered in both editions side by side, for the suites that check what each edition shows of the same
 * data: the public edition under {@code folder/public}, the internal one under {@code folder/internal}, each with
 * the files the generator says it wrote.
 */
record BothEditions(Path publicSite, List<Path> publicFiles, Path internalSite, List<Path> internalFiles) {

    /** Each edition's model rendered as published today with no previous publish, as {@link SiteGenerator} does. */
    static BothEditions render(Path folder, Function<Edition, SiteModel> model) throws IOException {
        return render(folder, model, Publication.firstOn(LocalDate.now(DutchTime.ZONE)));
    }

    static BothEditions render(Path folder, Function<Edition, SiteModel> model, Publication publication)
            throws IOException {
        SiteGenerator generator = new SiteGenerator();
        Path publicSite = folder.resolve("public");
        Path internalSite = folder.resolve("internal");
        return new BothEditions(publicSite, generator.generate(model.apply(Edition.PUBLIC), publication, publicSite),
                internalSite, generator.generate(model.apply(Edition.INTERNAL), publication, internalSite));
    }
}
