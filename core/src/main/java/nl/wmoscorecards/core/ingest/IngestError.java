package nl.wmoscorecards.core.ingest;

import nl.wmoscorecards.core.privacy.OutboundValues;

/**
 * Why one line or message was refused: where (file, line or message id), which field, what value (every
 * BSN-like number masked, long values cut) and which rule it broke.
 *
 * @param location "line 12", "row 4" or "message 123456789012"
 */
public record IngestError(String file, String location, String field, String value, String rule) {

    /** Masked by construction: a BSN-like number in any part (a file name, another field, the rule) never leaves. */
    public IngestError {
        file = OutboundValues.fileName(file);
        location = OutboundValues.value(location);
        value = OutboundValues.value(value);
        rule = OutboundValues.text(rule);
    }

    /** One readable line for logs and the CLI summary. */
    public String describe() {
        StringBuilder s = new StringBuilder(file).append(", ").append(location);
        if (field != null) {
            s.append(", field ").append(field);
        }
        if (value != null) {
            s.append(" = '").append(value).append('\'');
        }
        return s.append(": ").append(rule).toString();
    }
}
