package nl.wmoscorecards.site;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.site.view.LinkItem;

/**
 * The output of one generation: writes templates, text and bytes under the site root, and remembers every
 * file written and every page's title, for the sitemap and for removing stale files afterwards.
 */
final class SiteWriter {
    private final Configuration freemarker;
    private final Path outDir;
    private final List<Path> written = new ArrayList<>();
    private final List<LinkItem> pages = new ArrayList<>();

    SiteWriter(Configuration freemarker, Path outDir) {
        this.freemarker = freemarker;
        this.outDir = outDir;
    }

    /** Renders an HTML page; its title goes into the sitemap. */
    void page(String templateName, Object view, String sitePath, String title) throws IOException {
        Path file = SiteFiles.resolve(outDir, sitePath);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            freemarker.getTemplate(templateName).process(view, out);
        } catch (TemplateException e) {
            throw new IOException("cannot render " + sitePath + " from template " + templateName + ": "
                    + e.getMessage(), e);
        }
        written.add(file);
        pages.add(new LinkItem(sitePath, title, null));
    }

    void text(String sitePath, String content) throws IOException {
        bytes(sitePath, content.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(String sitePath, byte[] content) throws IOException {
        Path file = SiteFiles.resolve(outDir, sitePath);
        Files.write(file, content);
        written.add(file);
    }

    Path outDir() {
        return outDir;
    }

    List<Path> written() {
        return List.copyOf(written);
    }

    List<LinkItem> pages() {
        return List.copyOf(pages);
    }
}
