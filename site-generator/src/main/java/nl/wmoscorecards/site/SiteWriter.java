package nl.wmoscorecards.site;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.wmoscorecards.site.view.LinkItem;

/**
 * The output of one generation: writes templates, text and bytes under the site root, and remembers every
 * file written and every page's title, for the sitemap and for removing stale files afterwards. Safe to use
 * from several threads at once, as long as each writes its own paths.
 */
final class SiteWriter {
    private final Configuration freemarker;
    private final Path outDir;
    private final ConcurrentLinkedQueue<Path> written = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<LinkItem> pages = new ConcurrentLinkedQueue<>();

    SiteWriter(Configuration freemarker, Path outDir) {
        this.freemarker = freemarker;
        this.outDir = outDir;
    }

    /** Renders an HTML page; its title goes into the sitemap. */
    void page(String templateName, Object view, String sitePath, String title) throws IOException {
        unlistedPage(templateName, view, sitePath);
        pages.add(new LinkItem(sitePath, title, null));
    }

    /** Renders an HTML page that stays out of the sitemap (the providers' upload page). */
    void unlistedPage(String templateName, Object view, String sitePath) throws IOException {
        // Rendered to a String first: String.getBytes encodes UTF-8 several times faster than a Writer's encoder.
        TextBuffer html = new TextBuffer(32 * 1024);
        try {
            freemarker.getTemplate(templateName).process(view, html);
        } catch (TemplateException e) {
            throw new IOException("cannot render " + sitePath + " from template " + templateName + ": "
                    + e.getMessage(), e);
        }
        text(sitePath, html.toString());
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

    /** Every file written, in path order (the same for every run, however the work was scheduled). */
    List<Path> written() {
        List<Path> files = new ArrayList<>(written);
        files.sort(Comparator.naturalOrder());
        return List.copyOf(files);
    }

    /** Every page rendered, in no particular order. */
    List<LinkItem> pages() {
        return List.copyOf(pages);
    }
}
