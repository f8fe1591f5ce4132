package nl.wmoscorecards.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * Decodes text that is UTF-8 (with or without BOM) or Windows-1252, deciding while streaming: bytes
 * below 0x80 read the same in both, so the first non-ASCII byte decides. A strictly valid UTF-8 sequence
 * means UTF-8; anything else means Windows-1252. A file that turns out to hold both (valid UTF-8 and
 * bytes that cannot be UTF-8) is refused with {@link MixedEncodingException} rather than half garbled.
 */
final class DetectingTextReader extends Reader {
    enum Encoding { UNDECIDED, UTF_8, WINDOWS_1252 }

    /** Thrown when a file mixes UTF-8 and Windows-1252. */
    static final class MixedEncodingException extends IOException {
        private static final long serialVersionUID = 1L;

        MixedEncodingException() {
            super("the file mixes UTF-8 and Windows-1252 bytes");
        }
    }

    private static final char[] WINDOWS_1252_HIGH = highHalfOfWindows1252();

    private final InputStream in;
    private final byte[] buffer = new byte[65_536];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private int pendingLowSurrogate = -1;
    private Encoding encoding = Encoding.UNDECIDED;

    DetectingTextReader(InputStream in) {
        this.in = in;
    }

    Encoding encoding() {
        return encoding;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        int count = 0;
        while (count < length) {
            if (pendingLowSurrogate >= 0) {
                chars[offset + count++] = (char) pendingLowSurrogate;
                pendingLowSurrogate = -1;
                continue;
            }
            if (!available(1)) {
                break;
            }
            int b = buffer[position] & 0xFF;
            if (b < 0x80) {
                chars[offset + count++] = (char) b;
                position++;
                continue;
            }
            int codePoint = decodeNonAscii(b);
            if (Character.isBmpCodePoint(codePoint)) {
                chars[offset + count++] = (char) codePoint;
            } else {
                chars[offset + count++] = Character.highSurrogate(codePoint);
                pendingLowSurrogate = Character.lowSurrogate(codePoint);
            }
        }
        return count == 0 && length > 0 ? -1 : count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int decodeNonAscii(int lead) throws IOException {
        int utf8Length = validUtf8Length(lead);
        if (utf8Length > 0 && encoding != Encoding.WINDOWS_1252) {
            encoding = Encoding.UTF_8;
            return decodeUtf8(lead, utf8Length);
        }
        if (utf8Length > 0 || encoding == Encoding.UTF_8) {
            throw new MixedEncodingException();
        }
        encoding = Encoding.WINDOWS_1252;
        position++;
        return WINDOWS_1252_HIGH[lead - 0x80];
    }

    private int decodeUtf8(int lead, int length) {
        int codePoint = lead & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++) {
            codePoint = (codePoint << 6) | (buffer[position + i] & 0x3F);
        }
        position += length;
        return codePoint;
    }

    /** Length of the strictly valid UTF-8 sequence starting at the current byte, or 0 (RFC 3629 table). */
    private int validUtf8Length(int lead) throws IOException {
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (!available(length)) {
            return 0;
        }
        int second = buffer[position + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int i = 2; i < length; i++) {
            int next = buffer[position + i] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private void skipByteOrderMark() throws IOException {
        if (available(3) && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
                && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
            encoding = Encoding.UTF_8;
        }
    }

    /** True when at least {@code count} bytes are buffered, reading more as needed. */
    private boolean available(int count) throws IOException {
        if (limit - position >= count) {
            return true;
        }
        if (endOfInput) {
            return false;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < count) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfInput = true;
                return false;
            }
            limit += read;
        }
        return true;
    }

    private static char[] highHalfOfWindows1252() {
        byte[] high = new byte[128];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + i);
        }
        return new String(high, Charset.forName("windows-1252")).toCharArray();
    }
}
