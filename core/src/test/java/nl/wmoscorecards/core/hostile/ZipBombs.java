package nl.wmoscorecards.core.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zip bombs made in milliseconds: a mebibyte of zeros is deflated once (ending on a byte boundary) and that
 * block is repeated, so a 10 GiB entry costs 10 MB of archive and no time to make. Entries carry no sizes
 * in their local header (as {@code ZipOutputStream} writes them), so only counting while inflating finds out.
 */
final class ZipBombs {
    private static final int MIB = 1 << 20;
    private static final byte[] ZERO_MIB_DEFLATED = deflatedZeroMib();
    private static final byte[] FINAL_BLOCK = {0x03, 0x00};

    record Entry(String name, byte[] plain, long zeroMib) {
        static Entry zeros(String name, long mib) {
            return new Entry(name, null, mib);
        }

        static Entry of(String name, String text) {
            return new Entry(name, text.getBytes(StandardCharsets.UTF_8), 0);
        }
    }

    private ZipBombs() {
    }

    static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, List.of(entries));
        return out.toByteArray();
    }

    static void write(OutputStream out, List<Entry> entries) throws IOException {
        long offset = 0;
        List<byte[]> central = new ArrayList<>();
        for (Entry entry : entries) {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            long crc;
            long size;
            long compressed;
            ByteBuffer local = le(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0808)
                    .putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt(0).putInt(0).putInt(0)
                    .putShort((short) name.length).putShort((short) 0).put(name);
            out.write(local.array());
            if (entry.plain() != null) {
                Deflater deflater = new Deflater(9, true);
                deflater.setInput(entry.plain());
                deflater.finish();
                byte[] buffer = new byte[entry.plain().length + 1024];
                int n = deflater.deflate(buffer);
                deflater.end();
                out.write(buffer, 0, n);
                compressed = n;
                size = entry.plain().length;
                CRC32 c = new CRC32();
                c.update(entry.plain());
                crc = c.getValue();
            } else {
                CRC32 c = new CRC32();
                byte[] zeros = new byte[MIB];
                boolean crcNeeded = entry.zeroMib() < 4096; // never checked: the bomb is stopped long before its end
                for (long i = 0; i < entry.zeroMib(); i++) {
                    out.write(ZERO_MIB_DEFLATED);
                    if (crcNeeded) {
                        c.update(zeros);
                    }
                }
                out.write(FINAL_BLOCK);
                compressed = entry.zeroMib() * ZERO_MIB_DEFLATED.length + FINAL_BLOCK.length;
                size = entry.zeroMib() * MIB;
                crc = c.getValue();
            }
            out.write(le(16).putInt(0x08074b50).putInt((int) crc).putInt(u32(compressed)).putInt(u32(size)).array());
            central.add(le(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0x0808).putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc).putInt(u32(compressed)).putInt(u32(size)).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(u32(offset)).put(name).array());
            offset += 30 + name.length + compressed + 16;
        }
        long centralSize = 0;
        for (byte[] record : central) {
            out.write(record);
            centralSize += record.length;
        }
        out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) central.size())
                .putShort((short) central.size()).putInt(u32(centralSize)).putInt(u32(offset)).putShort((short) 0).array());
    }

    /** {@code prefix}, then {@code count} times {@code fill}, then {@code suffix}, never held in memory. */
    static InputStream repeated(String prefix, byte fill, long count, String suffix) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        long total = head.length + count + tail.length;
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - position);
                for (int i = 0; i < n; i++, position++) {
                    b[off + i] = position < head.length ? head[(int) position]
                            : position < head.length + count ? fill : tail[(int) (position - head.length - count)];
                }
                return n;
            }
        };
    }

    private static int u32(long value) {
        return value >= 0xFFFFFFFFL ? -1 : (int) value;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflatedZeroMib() {
        Deflater deflater = new Deflater(9, true);
        deflater.setInput(new byte[MIB]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        deflater.end();
        return out.toByteArray();
    }
}
