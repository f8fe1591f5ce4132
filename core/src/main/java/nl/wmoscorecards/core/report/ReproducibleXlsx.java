package nl.wmoscorecards.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Makes an XLSX written by fastexcel the same bytes for the same content. fastexcel stamps docProps/core.xml with
 * the time of writing (no API to set it), so two publishes of the same data would differ. This rewrites the
 * package without compressing it again: the same entries in the same order, each copied as fastexcel compressed
 * it, every entry time fixed to 1 January 1980 (the ZIP epoch, as reproducible builds use), and only core.xml
 * written anew with the document's creation date set to the given date (the data's own date, or a fixed one
 * for templates). Inflating and deflating the whole package again cost as much as writing it.
 */
public final class ReproducibleXlsx {
    /** 1 January 1980, 00:00 in the DOS date and time fields of a ZIP header. */
    private static final int ZIP_EPOCH_DATE = (1 << 5) | 1;
    private static final int ZIP_EPOCH_TIME = 0;
    private static final int VERSION = 20;
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private ReproducibleXlsx() {
    }

    public static byte[] normalise(byte[] xlsx, LocalDate created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 512);
        List<Entry> written = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                Entry copy;
                if (entry.getName().equals(CORE_PROPERTIES)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        copy = Entry.deflated(entry.getName(), withCreated(in.readAllBytes(), created));
                    }
                } else {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        copy = new Entry(entry.getName(), entry.getMethod(), entry.getCrc(), entry.getSize(),
                                raw.readAllBytes());
                    }
                }
                copy.offset = out.size();
                copy.writeLocalHeader(out);
                out.write(copy.data);
                written.add(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite an XLSX package", e);
        }
        int directoryStart = out.size();
        for (Entry entry : written) {
            entry.writeDirectoryHeader(out);
        }
        writeEndOfDirectory(out, written.size(), directoryStart, out.size() - directoryStart);
        return out.toByteArray();
    }

    private static byte[] withCreated(byte[] coreXml, LocalDate created) {
        String xml = new String(coreXml, StandardCharsets.UTF_8);
        String fixed = CREATED.matcher(xml).replaceFirst("$1" + created + "T00:00:00Z$2");
        return fixed.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeEndOfDirectory(ByteArrayOutputStream out, int entries, int start, int size) {
        writeInt(out, 0x06054b50);
        writeShort(out, 0); // this disk
        writeShort(out, 0); // the disk where the directory starts
        writeShort(out, entries);
        writeShort(out, entries);
        writeInt(out, size);
        writeInt(out, start);
        writeShort(out, 0); // no comment
    }

    /** One entry as written: its data as stored in the package (compressed or not), with its size and checksum. */
    private static final class Entry {
        private final byte[] name;
        private final int method;
        private final long crc;
        private final long size;
        private final byte[] data;
        private int offset;

        Entry(String name, int method, long crc, long size, byte[] data) {
            if (data.length >= 0xFFFFFFFFL || size >= 0xFFFFFFFFL) {
                throw new IllegalArgumentException("XLSX entry " + name + " needs ZIP64, which is not written here");
            }
            this.name = name.getBytes(StandardCharsets.UTF_8);
            this.method = method;
            this.crc = crc;
            this.size = size;
            this.data = data;
        }

        static Entry deflated(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(content);
                deflater.finish();
                ByteArrayOutputStream compressed = new ByteArrayOutputStream(content.length + 64);
                byte[] buffer = new byte[4096];
                while (!deflater.finished()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Entry(name, ZipEntry.DEFLATED, crc.getValue(), content.length, compressed.toByteArray());
            } finally {
                deflater.end();
            }
        }

        void writeLocalHeader(ByteArrayOutputStream out) {
            writeInt(out, 0x04034b50);
            writeShort(out, VERSION);
            writeCommon(out);
            writeShort(out, 0); // no extra field
            out.writeBytes(name);
        }

        void writeDirectoryHeader(ByteArrayOutputStream out) {
            writeInt(out, 0x02014b50);
            writeShort(out, VERSION); // made by
            writeShort(out, VERSION); // needed to extract
            writeCommon(out);
            writeShort(out, 0); // no extra field
            writeShort(out, 0); // no comment
            writeShort(out, 0); // disk
            writeShort(out, 0); // internal attributes
            writeInt(out, 0); // external attributes
            writeInt(out, offset);
            out.writeBytes(name);
        }

        /** The fields local and directory headers share, from the flags to the name's length. */
        private void writeCommon(ByteArrayOutputStream out) {
            writeShort(out, 0x0800); // names in UTF-8; sizes in the header, no data descriptor
            writeShort(out, method);
            writeShort(out, ZIP_EPOCH_TIME);
            writeShort(out, ZIP_EPOCH_DATE);
            writeInt(out, crc);
            writeInt(out, data.length);
            writeInt(out, size);
            writeShort(out, name.length);
        }
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void writeInt(ByteArrayOutputStream out, long value) {
        writeShort(out, (int) (value & 0xFFFF));
        writeShort(out, (int) ((value >>> 16) & 0xFFFF));
    }
}
