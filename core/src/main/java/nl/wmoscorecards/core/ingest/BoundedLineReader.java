package nl.wmoscorecards.core.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like BufferedReader, but never holds more than a maximum line length: a longer line is
 * skipped and reported, so a hostile file cannot exhaust memory.
 */
final class BoundedLineReader {
    static final String TOO_LONG = "\u0000too-long";
    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int lineNumber;

    BoundedLineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    int lineNumber() {
        return lineNumber;
    }

    /** What to do with one non-blank line of a file. */
    @FunctionalInterface
    interface LineHandler {
        void line(String location, String line);
    }

    /**
     * Hands every remaining non-blank line to the handler; an over-long line and invalid UTF-8 become
     * errors of the file, and the lines before them are kept.
     */
    void forEachLine(String file, EventSink sink, LineHandler handler) throws IOException {
        try {
            String line;
            while ((line = readLine()) != null) {
                String location = "line " + lineNumber;
                if (line == TOO_LONG) {
                    sink.error(new IngestError(file, location, null, null,
                            "line is longer than " + maxLength + " characters"));
                } else if (!line.isBlank()) {
                    handler.line(location, line);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.error(new IngestError(file, "line " + (lineNumber + 1), null, null,
                    "file is not valid UTF-8; the rest of the file was not read"));
        }
    }

    /** The next line without its terminator, {@link #TOO_LONG} for an over-long line, or null at the end. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            char c = buffer[position++];
            any = true;
            if (c == '\n') {
                break;
            }
            if (!tooLong) {
                line.append(c);
                if (line.length() > maxLength) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
        }
        lineNumber++;
        if (tooLong) {
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }
}
