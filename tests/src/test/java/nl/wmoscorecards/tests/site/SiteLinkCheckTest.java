package nl.wmoscorecards.tests.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.wmoscorecards.site.Edition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The link checker: every href and src on every generated page of both editions points to a file of the
 * site (and an existing id, for a fragment). External links are not allowed at all: the site must work
 * offline and from any base URL.
 */
@Tag("integration")
class SiteLinkCheckTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Edition.class)
    void noInternalLinkIsBroken(Edition edition) throws IOException {
        Path site = SiteFixtures.generate(folder, edition);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlPages(site)) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : html.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                checked++;
                String problem = edition == Edition.INTERNAL && signOut(site, page, link) ? null
                        : problem(site, page, html, link);
                if (problem != null) {
                    broken.add(site.relativize(page) + ": " + link + " (" + problem + ")");
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // The comparison pages are among those checked: the per-region provider lists and the letter jumps.
        assertThat(htmlPages(site)).contains(site.resolve("aanbieders/regio/purmerend-edam-volendam.html"),
                site.resolve("aanbieders/regio/dwo.html"));
        assertThat(Jsoup.parse(site.resolve("aanbieders/index.html").toFile(), "UTF-8").select("a[href^=#letter-]"))
                .isNotEmpty();
        assertThat(broken).as("broken links in the %s edition", edition).isEmpty();
    }

    /**
     * The internal edition's "Afmelden": not a page of the edition but the route of the server that serves it
     * under /intern/REGION/ (locally and in AWS, /intern/afmelden), so one level above the edition's root.
     */
    private static boolean signOut(Path site, Path page, String link) {
        return page.getParent().resolve(link).normalize().equals(site.getParent().resolve("afmelden"));
    }

    private static String problem(Path site, Path page, Document html, String link) throws IOException {
        URI uri = URI.create(link);
        if (uri.isAbsolute() || link.startsWith("/")) {
            return "not relative";
        }
        String path = uri.getRawPath();
        Document target = html;
        if (path != null && !path.isEmpty()) {
            Path file = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                return "no such file";
            }
            target = file.toString().endsWith(".html") ? Jsoup.parse(file.toFile(), "UTF-8") : null;
        }
        String fragment = uri.getFragment();
        if (fragment != null && (target == null || target.getElementById(fragment) == null)) {
            return "no element with id " + fragment;
        }
        return null;
    }

    static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
