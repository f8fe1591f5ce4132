package nl.wmoscorecards.local.demo;

import java.io.Closeable;
import java.io.IOException;

/** Where event lines go, one at a time, so a file is never held in memory. */
interface EventSink extends Closeable {
    void write(EventLine line) throws IOException;
}
