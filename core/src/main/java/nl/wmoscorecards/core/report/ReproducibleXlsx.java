package nl.wmoscorecards.core.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Makes an XLSX written by fastexcel the same bytes for the same content. fastexcel stamps the ZIP entries and
 * docProps/core.xml with the time of writing (no API to set either), so two publishes of the same data would
 * differ. This rewrites the package: same entries in the same order, every entry time fixed to 1 January 1980
 * (the ZIP epoch, as reproducible builds use), and the document's creation date set to the given date (the
 * data's own date, or a fixed one for templates).
 */
public final class ReproducibleXlsx {
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private ReproducibleXlsx() {
    }

    public static byte[] normalise(byte[] xlsx, LocalDate created) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(xlsx.length + 256);
        // fastexcel stores entries with data descriptors, which java.util.zip's stream reader refuses.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true);
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("docProps/core.xml")) {
                    content = withCreated(content, created);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ZIP_EPOCH);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite an XLSX package", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] withCreated(byte[] coreXml, LocalDate created) {
        String xml = new String(coreXml, StandardCharsets.UTF_8);
        String fixed = CREATED.matcher(xml).replaceFirst("$1" + created + "T00:00:00Z$2");
        return fixed.getBytes(StandardCharsets.UTF_8);
    }
}
