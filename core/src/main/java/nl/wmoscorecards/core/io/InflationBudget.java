package nl.wmoscorecards.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Counts the bytes an archive inflates to, per entry and for the whole archive, as they are inflated: a
 * reader reads an entry through {@link #entry}, and {@link Entry#drain} then inflates (and counts) whatever it
 * left unread, so an entry a parser gave up on early still counts in full, and a bomb is stopped at the
 * limit instead of being inflated to its end. Once a limit is passed every later read fails too, so a reader
 * that swallows the first failure cannot go on.
 */
public final class InflationBudget {
    /** The archive unpacks to more than a limit allows: a zip bomb, or far more than any real delivery. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param wholeArchive true when the archive's total passed its limit, false when one entry did */
        TooLarge(boolean wholeArchive, long limit) {
            super((wholeArchive ? "archive" : "archive entry") + " unpacks to more than " + InputLimits.readable(limit));
        }
    }

    private final long entryLimit;
    private final long archiveLimit;
    private long archiveTotal;
    private TooLarge exceeded;

    public InflationBudget(long entryLimit, long archiveLimit) {
        this.entryLimit = entryLimit;
        this.archiveLimit = archiveLimit;
    }

    /**
     * Fails at once when the archive's own directory declares an entry larger than allowed; the declared
     * size may lie the other way, which the counting catches.
     */
    public void checkDeclared(long declaredSize) throws TooLarge {
        if (declaredSize > entryLimit) {
            throw fail(new TooLarge(false, entryLimit));
        }
        if (declaredSize > 0 && archiveTotal + declaredSize > archiveLimit) {
            throw fail(new TooLarge(true, archiveLimit));
        }
    }

    /** The entry's inflating stream, counted; closing it leaves {@code inflating} open. */
    public Entry entry(InputStream inflating) throws TooLarge {
        if (exceeded != null) {
            throw exceeded;
        }
        return new Entry(inflating);
    }

    public long inflated() {
        return archiveTotal;
    }

    private TooLarge fail(TooLarge tooLarge) {
        if (exceeded == null) {
            exceeded = tooLarge;
        }
        return exceeded;
    }

    /** One entry's bytes as they inflate. */
    public final class Entry extends CountingInputStream {
        private long entryTotal;

        private Entry(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (exceeded != null) {
                throw exceeded;
            }
            int n = super.read(b, off, len);
            if (n > 0) {
                entryTotal += n;
                archiveTotal += n;
                if (entryTotal > entryLimit) {
                    throw fail(new TooLarge(false, entryLimit));
                }
                if (archiveTotal > archiveLimit) {
                    throw fail(new TooLarge(true, archiveLimit));
                }
            }
            return n;
        }


        /** Inflates the rest of the entry, counting it: throws {@link TooLarge} when it is a bomb. */
        public void drain() throws IOException {
            transferTo(OutputStream.nullOutputStream());
        }

        @Override
        public long transferTo(OutputStream out) throws IOException {
            byte[] chunk = new byte[65_536];
            long total = 0;
            for (int n = read(chunk, 0, chunk.length); n >= 0; n = read(chunk, 0, chunk.length)) {
                out.write(chunk, 0, n);
                total += n;
            }
            return total;
        }

        @Override
        public void close() {
            // The archive's stream stays open for the next entry.
        }
    }
}
