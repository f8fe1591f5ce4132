package nl.wmoscorecards.core.report;

/**
 * A store refuses a row before writing anything because the row is larger than one stored record may be
 * (DynamoDB: 400 KB per item). Report ingest turns it into a refusal naming the row.
 */
public final class RowTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int rowNumber;
    private final long bytes;

    public RowTooLarge(int rowNumber, long bytes, long maxBytes) {
        super("row " + rowNumber + " is " + bytes + " bytes, more than the " + maxBytes + " a stored row may hold");
        this.rowNumber = rowNumber;
        this.bytes = bytes;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public long bytes() {
        return bytes;
    }
}
