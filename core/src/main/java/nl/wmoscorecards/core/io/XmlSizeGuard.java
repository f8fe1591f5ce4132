package nl.wmoscorecards.core.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds one XML document before a parser sees it: at most {@code maxDocumentBytes} in all, and at most
 * {@code maxNodeBytes} in one run of bytes without '&lt;' or '&gt;', which is how long an attribute value or a
 * text node can be. A StAX parser holds a whole attribute value, and may hold a whole text node, in memory
 * even when the element is skipped; without this a single 500 MB attribute would be read into memory.
 */
public final class XmlSizeGuard extends CountingInputStream {
    /** The document or one of its attribute values or text nodes is larger than allowed. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param node true for an attribute value or text node, false for the whole document */
        TooLarge(boolean node, long limit) {
            super(node ? "an attribute value or text is longer than " + InputLimits.readable(limit)
                    : "the message is larger than " + InputLimits.readable(limit));
        }
    }

    private final long maxDocumentBytes;
    private final long maxNodeBytes;
    private long total;
    private long run;
    private TooLarge exceeded;

    public XmlSizeGuard(InputStream in, long maxDocumentBytes, long maxNodeBytes) {
        super(in);
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxNodeBytes = maxNodeBytes;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (exceeded != null) {
            throw exceeded;
        }
        int n = super.read(b, off, len);
        if (n <= 0) {
            return n;
        }
        total += n;
        if (total > maxDocumentBytes) {
            throw fail(false, maxDocumentBytes);
        }
        for (int i = off; i < off + n; i++) {
            if (b[i] == '<' || b[i] == '>') {
                run = 0;
            } else if (++run > maxNodeBytes) {
                throw fail(true, maxNodeBytes);
            }
        }
        return n;
    }


    private TooLarge fail(boolean node, long limit) {
        exceeded = new TooLarge(node, limit);
        return exceeded;
    }

    /** The guard's failure somewhere in a parser exception's causes, if that is why it failed. */
    public static java.util.Optional<TooLarge> causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof TooLarge tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
            return x.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
