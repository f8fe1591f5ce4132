package nl.wmoscorecards.functions.upload;

/** A request field the provider must correct; the message is Dutch because the provider reads it. */
public final class InvalidUploadRequest extends RuntimeException {
    private final String field;
    private final String messageNl;

    public InvalidUploadRequest(String field, String messageNl) {
        super("invalid upload request field " + field);
        this.field = field;
        this.messageNl = messageNl;
    }

    /** The field to correct, or null when the body as a whole is wrong. */
    public String field() {
        return field;
    }

    public String messageNl() {
        return messageNl;
    }
}
