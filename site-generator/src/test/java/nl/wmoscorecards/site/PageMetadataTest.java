package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.ScorecardTables.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a search engine, a browser tab and a shared link see of each page: a favicon and a description of its own on
 * every page of both editions; the internal edition asks every crawler to stay out (meta robots and robots.txt),
 * the public edition asks nothing of the kind.
 */
@WholeSiteSuite
class PageMetadataTest {
    @RegisterExtension
    static final BothEditions EDITIONS = BothEditions.of(SiteFixture::modelWithInternalData);

    @Test
    void everyPageOfBothEditionsHasAFaviconThatExistsAndADescriptionOfItsOwn() throws IOException {
        for (Path site : List.of(EDITIONS.publicSite(), EDITIONS.internalSite())) {
            Map<String, Path> pagesByDescription = new HashMap<>();
            for (Path page : pages(site)) {
                Document html = parse(page);
                Element description = html.selectFirst("head meta[name=description]");
                assertThat(description).as("description of %s", page).isNotNull();
                assertThat(description.attr("content")).as("description of %s", page).hasSizeGreaterThan(40);
                Path earlier = pagesByDescription.put(description.attr("content"), page);
                assertThat(earlier).as("%s has the description of %s", page, earlier).isNull();
                Element icon = html.selectFirst("head link[rel=icon]");
                assertThat(icon).as("favicon of %s", page).isNotNull();
                assertThat(page.resolveSibling(icon.attr("href")).normalize()).as("favicon of %s", page).isRegularFile();
            }
            assertThat(Files.readString(site.resolve("assets/favicon.svg"))).startsWith("<svg");
        }
    }

    @Test
    void everyInternalPageTellsSearchEnginesNotToIndexIt() throws IOException {
        List<Path> pages = pages(EDITIONS.internalSite());
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            Element robots = parse(page).selectFirst("head meta[name=robots]");
            assertThat(robots).as("robots rule of %s", page).isNotNull();
            assertThat(robots.attr("content")).as("robots rule of %s", page).contains("noindex");
        }
        assertThat(Files.readAllLines(EDITIONS.internalSite().resolve("robots.txt"), StandardCharsets.UTF_8))
                .contains("User-agent: *", "Disallow: /");
    }

    @Test
    void thePublicEditionStaysIndexable() throws IOException {
        for (Path page : pages(EDITIONS.publicSite())) {
            if (page.endsWith(UploadPageRenderer.PAGE)) {
                continue; // the providers' upload page asks to be left out (UploadPageRendererTest)
            }
            assertThat(parse(page).select("meta[name=robots]")).as(page.toString()).isEmpty();
        }
        assertThat(EDITIONS.publicSite().resolve("robots.txt")).doesNotExist();
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".html")).sorted().toList());
        }
    }
}
