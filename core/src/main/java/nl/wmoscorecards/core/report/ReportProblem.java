package nl.wmoscorecards.core.report;

import nl.wmoscorecards.core.privacy.OutboundValues;

/**
 * Why (part of) an upload was refused: where (row and the column's Dutch header; null for the whole
 * file), the value found, and the rule, in Dutch for the provider and in English for the logs.
 *
 * <p>A problem is shown to the provider, stored with the upload and logged, so every text passes
 * {@link OutboundValues} when the problem is made: BSN-like numbers and addresses masked, the value and
 * the column cut to a readable length, the messages bounded.
 */
public record ReportProblem(Integer row, String column, String value, String messageNl, String messageEn) {
    public ReportProblem {
        column = OutboundValues.value(column);
        value = OutboundValues.value(value);
        messageNl = OutboundValues.text(messageNl);
        messageEn = OutboundValues.text(messageEn);
    }

    /** A value quoted inside a message: masked, on one line and cut, as {@link #value} is. */
    public static String quote(String value) {
        return OutboundValues.value(value);
    }
}
