package nl.wmoscorecards.core.report;

import java.io.Closeable;
import java.io.IOException;

/** Rows of a table file, one at a time, so a huge file is never held in memory. */
interface RowSource extends Closeable {
    /** The next row, or null at the end of the file. */
    RawRow next() throws IOException, FileRefusal;
}
