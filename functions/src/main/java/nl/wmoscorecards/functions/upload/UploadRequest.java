package nl.wmoscorecards.functions.upload;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The body of POST /uploads, as sent; {@link UploadRequestRules} decides whether it may be used. */
public record UploadRequest(String reportType, String period, String fileName, String contentType) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads the JSON body; unknown fields are ignored, absent or non-text fields read as null. */
    public static UploadRequest parse(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new InvalidUploadRequest(null,
                    "De inhoud van het verzoek moet een JSON-object zijn met reportType, period, fileName en contentType.");
        }
        return new UploadRequest(text(root, "reportType"), text(root, "period"), text(root, "fileName"),
                text(root, "contentType"));
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value != null && value.isString() ? value.stringValue().strip() : null;
    }
}
