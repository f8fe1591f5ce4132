package nl.wmoscorecards.core.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of an XLSX once, counting, before the Excel library sees it: a small archive that
 * unpacks to gigabytes (a zip bomb) or a damaged archive is refused here, with a message a provider can use.
 */
final class ZipBombGuard {
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;

    private ZipBombGuard() {
    }

    static void check(byte[] archive) throws FileRefusal {
        long unpacked = 0;
        int entries = 0;
        byte[] chunk = new byte[65_536];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw tooBig("more than " + MAX_ENTRIES + " entries");
                }
                for (int read = zip.read(chunk); read >= 0; read = zip.read(chunk)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw tooBig("unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(e.getMessage());
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
        return new FileRefusal(null, "Het Excel-bestand is uitgepakt te groot om te lezen. Zet alleen de"
                + " rapportage in het eerste werkblad, of lever een CSV-bestand aan.", "XLSX refused: " + detail);
    }
}
