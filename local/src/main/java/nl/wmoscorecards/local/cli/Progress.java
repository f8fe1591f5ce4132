package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints one line per stage with its counts and elapsed time. */
final class Progress {
    private final PrintWriter out;
    private long started = System.nanoTime();

    Progress(PrintWriter out) {
        this.out = out;
    }

    void start() {
        started = System.nanoTime();
    }

    void done(String stage, String counts) {
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%-10s %s (%.1f s)%n", stage, counts, seconds);
        out.flush();
        started = System.nanoTime();
    }
}
