package nl.wmoscorecards.core.report;

/**
 * Why (part of) an upload was refused: where (row and the column's Dutch header; null for the whole
 * file), the value found, and the rule, in Dutch for the provider and in English for the logs.
 */
public record ReportProblem(Integer row, String column, String value, String messageNl, String messageEn) {
}
