package nl.wmoscorecards.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream whose {@code read} counts what passes: a skip reads too, so no byte escapes the count, and a mark
 * would let bytes be counted twice.
 */
abstract class CountingInputStream extends FilterInputStream {

    CountingInputStream(InputStream in) {
        super(in);
    }

    /** One byte through {@code read(byte[], int, int)}, so the count sees it. */
    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] chunk = new byte[(int) Math.min(Math.max(n, 1), 65_536)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(chunk, 0, (int) Math.min(chunk.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
