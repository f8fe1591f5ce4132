package nl.wmoscorecards.site;

import java.io.Writer;

/** A Writer into a StringBuilder: StringWriter's StringBuffer locks on every write, which showed in profiles. */
final class TextBuffer extends Writer {
    private final StringBuilder text;

    TextBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
