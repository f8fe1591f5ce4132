package nl.wmoscorecards.functions.upload;

import java.util.Map;

/** The body of POST /uploads, as sent; {@link UploadRequestRules} decides whether it may be used. */
public record UploadRequest(String reportType, String period, String fileName, String contentType) {

    /** Reads the JSON body; unknown fields are ignored, absent or non-text fields read as null. */
    public static UploadRequest parse(String body) {
        Map<String, String> fields = body == null || body.isBlank() ? null : UploadApiJson.textFields(body).orElse(null);
        if (fields == null) {
            throw new InvalidUploadRequest(null,
                    "De inhoud van het verzoek moet een JSON-object zijn met reportType, period, fileName en contentType.");
        }
        return new UploadRequest(text(fields, "reportType"), text(fields, "period"), text(fields, "fileName"),
                text(fields, "contentType"));
    }

    private static String text(Map<String, String> fields, String field) {
        String value = fields.get(field);
        return value == null ? null : value.strip();
    }
}
