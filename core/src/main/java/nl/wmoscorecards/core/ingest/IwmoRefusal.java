package nl.wmoscorecards.core.ingest;

/**
 * A whole message is refused (DTD, wrong root, repeated element...): becomes one IngestError and no events.
 * The value must never be a raw BSN.
 */
final class IwmoRefusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String value;

    IwmoRefusal(String field, String value, String rule) {
        super(rule, null, false, false);
        this.field = field;
        this.value = value;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }

    String rule() {
        return getMessage();
    }
}
