package nl.wmoscorecards.core.report;

/**
 * A store refuses a row before writing anything because the row is larger than one stored record may be
 * (DynamoDB: 400 KB per item). Report ingest refuses the upload with {@link #problem}, which names the row.
 */
public final class RowTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ReportProblem problem;

    public RowTooLarge(int rowNumber, long bytes, long maxBytes) {
        super("row " + rowNumber + " is " + bytes + " bytes, more than the " + maxBytes + " a stored row may hold");
        this.problem = new ReportProblem(rowNumber, null, null, "Rij " + rowNumber + " is te groot om op te slaan ("
                + bytes / 1024 + " kB). Maak de teksten in deze rij korter en upload het bestand opnieuw.", getMessage());
    }

    /** The refusal as the provider reads it (in Dutch) and the logs (in English). */
    public ReportProblem problem() {
        return problem;
    }
}
