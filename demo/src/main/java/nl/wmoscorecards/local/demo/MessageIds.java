package nl.wmoscorecards.local.demo;

/** Unique message ids, zero-padded so that text order equals numeric order (the tie-break in precedence). */
final class MessageIds {
    private long last;

    String next() {
        last++;
        return String.format("M%08d", last);
    }
}
