package nl.wmoscorecards.core.report;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading past a byte limit, so an endless upload cannot keep the reader busy. */
final class CappedInputStream extends FilterInputStream {
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(limit);
        }
    }
}
