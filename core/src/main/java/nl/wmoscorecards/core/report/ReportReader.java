package nl.wmoscorecards.core.report;

import java.io.IOException;
import java.io.InputStream;

/** Reads an uploaded report file of a known type: detects the format and checks every cell. */
public interface ReportReader {
    ParsedReport read(ReportType type, String fileName, InputStream in) throws IOException;
}
