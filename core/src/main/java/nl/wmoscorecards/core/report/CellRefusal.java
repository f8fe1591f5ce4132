package nl.wmoscorecards.core.report;

/** One cell breaks its column's rule. Cheap (no stack trace): a bad file can have thousands. */
final class CellRefusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final String messageNl;
    private final boolean withholdsValue;

    CellRefusal(String messageNl, String messageEn) {
        this(messageNl, messageEn, false);
    }

    private CellRefusal(String messageNl, String messageEn, boolean withholdsValue) {
        super(messageEn, null, false, false);
        this.messageNl = messageNl;
        this.withholdsValue = withholdsValue;
    }

    /** A refusal whose problem must not repeat the cell at all: it holds what may not be stored or shown. */
    static CellRefusal withheldValue(String messageNl, String messageEn) {
        return new CellRefusal(messageNl, messageEn, true);
    }

    String messageNl() {
        return messageNl;
    }

    String messageEn() {
        return getMessage();
    }

    boolean withholdsValue() {
        return withholdsValue;
    }
}
