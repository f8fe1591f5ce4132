package nl.wmoscorecards.core.upload;

import java.util.List;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.report.ReportType;

/** The rows of accepted report uploads, by provider, report type and period. */
public interface ReportRowStore {

    /** Saves the rows of one upload; saving them again changes nothing. */
    void save(Upload upload, List<ReportRow> rows);

    List<ReportRow> rows(Upload upload, ReportType type);

    /** Removes the rows of one upload (a later upload for the same period replaced it). */
    void delete(Upload upload);
}
