package nl.wmoscorecards.core.report;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What an XLSX may hold besides data: a report is values in a sheet. A workbook with macros (a VBA
 * project or Excel 4.0 macro sheets) or links to other files and data sources (external links, data
 * connections, such as {@code file:///\\server\share}) is refused before anything is read or kept, because
 * whoever opens the stored file later would run or follow them.
 */
final class XlsxParts {
    private XlsxParts() {
    }

    static void check(byte[] archive) throws FileRefusal {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                String name = all.nextElement().getName().toLowerCase(Locale.ROOT).replace('\\', '/');
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbaprojectsignature.bin")
                        || name.contains("/macrosheets/")) {
                    throw new FileRefusal(null, "Dit Excel-bestand bevat macro's. Een rapportage mag alleen gegevens"
                            + " bevatten: kopieer het werkblad naar een nieuwe werkmap, sla die op als 'Excel-werkmap"
                            + " (.xlsx)' en upload het opnieuw.", "XLSX with macros: " + name);
                }
                if (name.contains("/externallinks/") || name.endsWith("/connections.xml")) {
                    throw new FileRefusal(null, "Dit Excel-bestand bevat koppelingen naar andere bestanden of"
                            + " gegevensbronnen. Verbreek de koppelingen in Excel (Gegevens > Koppelingen bewerken >"
                            + " Koppeling verbreken), sla het bestand op en upload het opnieuw.",
                            "XLSX with external links or data connections: " + name);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ZipBombGuard.damaged(e.toString());
        }
    }
}
