package nl.wmoscorecards.core.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading past a byte limit, so an archive that expands without end (a zip bomb) is cut off. */
final class LimitedInputStream extends FilterInputStream {
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
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

    @Override
    public void close() {
        // The archive owns the underlying stream; entries are not closed one by one.
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(limit);
        }
    }
}
