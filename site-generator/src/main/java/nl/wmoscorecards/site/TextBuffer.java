package nl.wmoscorecards.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer that encodes UTF-8 straight into a byte buffer, which a thread reuses page after page ({@link #reset}).
 * Rendering into a StringBuilder first cost a copy per growth, a second copy (to UTF-16) on the first "ë" of a
 * page, the String, and the encoded bytes; this writes each character once. Encodes as String.getBytes does:
 * a surrogate without its pair becomes '?'.
 */
final class TextBuffer extends Writer {
    private static final byte UNMAPPABLE = '?';

    private byte[] bytes;
    private int length;
    /** A high surrogate at the end of the last write, waiting for its low half. */
    private char pendingHigh;

    TextBuffer(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** Empties the buffer for the next page, keeping its capacity. */
    TextBuffer reset() {
        length = 0;
        pendingHigh = 0;
        return this;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        ensure(count * 3 + 4);
        int i = offset;
        int end = offset + count;
        while (i < end) {
            i = pendingHigh == 0 ? copyAscii(chars, i, end) : i; // runs of ASCII in a tight loop
            if (i < end) {
                put(chars[i++]);
            }
        }
    }

    @Override
    public void write(String string, int offset, int count) {
        ensure(count * 3 + 4);
        int i = offset;
        int end = offset + count;
        while (i < end) {
            i = pendingHigh == 0 ? copyAscii(string, i, end) : i; // runs of ASCII in a tight loop
            if (i < end) {
                put(string.charAt(i++));
            }
        }
    }

    /** Copies ASCII characters (most of a page) from, up to the first other one; returns where that one is. */
    private int copyAscii(char[] chars, int from, int end) {
        byte[] target = bytes;
        int at = length;
        int i = from;
        for (char c; i < end && (c = chars[i]) < 0x80; i++) {
            target[at++] = (byte) c;
        }
        length = at;
        return i;
    }

    private int copyAscii(String string, int from, int end) {
        byte[] target = bytes;
        int at = length;
        int i = from;
        for (char c; i < end && (c = string.charAt(i)) < 0x80; i++) {
            target[at++] = (byte) c;
        }
        length = at;
        return i;
    }

    @Override
    public void write(int c) {
        ensure(7);
        put((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Writes the encoded text; a high surrogate still waiting for its pair is written as '?'. */
    void writeTo(OutputStream out) throws IOException {
        if (pendingHigh != 0) {
            ensure(1);
            bytes[length++] = UNMAPPABLE;
            pendingHigh = 0;
        }
        out.write(bytes, 0, length);
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                bytes[length++] = (byte) (0xF0 | (code >> 18));
                bytes[length++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                bytes[length++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                bytes[length++] = (byte) (0x80 | (code & 0x3F));
                return;
            }
            bytes[length++] = UNMAPPABLE;
        }
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | (c >> 6));
            bytes[length++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = UNMAPPABLE;
        } else {
            bytes[length++] = (byte) (0xE0 | (c >> 12));
            bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
