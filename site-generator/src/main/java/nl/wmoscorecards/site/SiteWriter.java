package nl.wmoscorecards.site;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Path root;
    /** Folders known to exist; added only once created, so a thread that finds one can write in it. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<TextBuffer> PAGE_BUFFER = ThreadLocal.withInitial(() -> new TextBuffer(64 * 1024));

    SiteWriter(Configuration freemarker, Path outDir) {
        this.freemarker = freemarker;
        this.outDir = outDir;
        this.root = outDir.toAbsolutePath().normalize();
    }

    /** Renders an HTML page; its title goes into the sitemap. */
    void page(String templateName, Object view, String sitePath, String title) throws IOException {
        unlistedPage(templateName, view, sitePath);
        pages.add(new LinkItem(sitePath, title, null));
    }

    /** Renders an HTML page that stays out of the sitemap (the providers' upload page). */
    void unlistedPage(String templateName, Object view, String sitePath) throws IOException {
        // Rendered into the thread's buffer as UTF-8 (no String of the page, no second copy), then written at once.
        TextBuffer html = PAGE_BUFFER.get().reset();
        try {
            freemarker.getTemplate(templateName).process(view, html);
        } catch (TemplateException e) {
            throw new IOException("cannot render " + sitePath + " from template " + templateName + ": "
                    + e.getMessage(), e);
        }
        Path file = resolve(sitePath);
        try (OutputStream stream = Files.newOutputStream(file)) {
            html.writeTo(stream);
        }
        written.add(file);
    }

    /** A file written as it is made (the yearly JSON files are megabytes): through a buffer, never whole in memory. */
    void stream(String sitePath, Content content) throws IOException {
        Path file = resolve(sitePath);
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            content.writeTo(stream);
        }
        written.add(file);
    }

    /** What {@link #stream} writes. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    void text(String sitePath, String content) throws IOException {
        bytes(sitePath, content.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(String sitePath, byte[] content) throws IOException {
        Path file = resolve(sitePath);
        Files.write(file, content);
        written.add(file);
    }

    /** The file of a site path, its folder created once per generation (not a call per file). */
    private Path resolve(String sitePath) throws IOException {
        Path file = SiteFiles.resolve(root, sitePath);
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder); // two threads may both create it: that is harmless
            folders.add(folder);
        }
        return file;
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
