package nl.wmoscorecards.site;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders one template with its view into one file under the site root, creating folders as needed. */
final class TemplateWriter {
    private final Configuration freemarker;

    TemplateWriter(Configuration freemarker) {
        this.freemarker = freemarker;
    }

    Path write(String templateName, Object view, Path outDir, String sitePath) throws IOException {
        Path file = SiteFiles.resolve(outDir, sitePath);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            freemarker.getTemplate(templateName).process(view, out);
        } catch (TemplateException e) {
            throw new IOException("cannot render " + sitePath + " from template " + templateName + ": "
                    + e.getMessage(), e);
        }
        return file;
    }
}
