package nl.wmoscorecards.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Inflates every entry of an XLSX once, counting, before the Excel library sees it: a small archive that
 * unpacks to gigabytes (a zip bomb) or a damaged archive is refused here, with a message a provider can use.
 * Counted per entry and for the whole archive, and stopped at the limit: a bomb is never inflated in full.
 */
final class ZipBombGuard {
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final long MAX_ENTRY_UNPACKED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;

    private ZipBombGuard() {
    }

    static void check(byte[] archive) throws FileRefusal {
        long unpacked = 0;
        int entries = 0;
        byte[] chunk = new byte[65_536];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw tooBig("more than " + MAX_ENTRIES + " entries");
                }
                if (entry.getSize() > MAX_ENTRY_UNPACKED_BYTES) {
                    throw tooBig("entry " + entry.getName() + " declares " + entry.getSize() + " bytes");
                }
                // Count what really inflates: the sizes in the archive's directory can lie.
                long entryUnpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                        unpacked += read;
                        entryUnpacked += read;
                        if (entryUnpacked > MAX_ENTRY_UNPACKED_BYTES) {
                            throw tooBig("an entry unpacks to more than " + MAX_ENTRY_UNPACKED_BYTES + " bytes");
                        }
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw tooBig("unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(e.toString());
        }
        if (entries == 0) {
            throw damaged("no entries");
        }
    }

    static FileRefusal damaged(String detail) {
        return new FileRefusal(null, "Het Excel-bestand is beschadigd of niet volledig geüpload, of het is geen"
                + " Excel-werkmap (.xlsx). Open het bestand in Excel, kies 'Opslaan als' > 'Excel-werkmap (.xlsx)'"
                + " en upload het opnieuw.", "damaged or incomplete XLSX: " + detail);
    }

    private static FileRefusal tooBig(String detail) {
        return new FileRefusal(null, "Het Excel-bestand is te groot uitgepakt: uitgepakt is het meer dan "
                + MAX_UNPACKED_BYTES / 1024 / 1024 + " MB (of één onderdeel meer dan " + MAX_ENTRY_UNPACKED_BYTES / 1024 / 1024
                + " MB), en dat heeft geen echte rapportage nodig. Zet alleen de rapportage in het eerste werkblad,"
                + " of lever een CSV-bestand aan.", "XLSX refused as a zip bomb: " + detail);
    }
}
