package nl.wmoscorecards.core.report;

/** What a report column holds, and so how a cell is read and checked. */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    DATE,
    GEMEENTECODE,
    CHOICE
}
