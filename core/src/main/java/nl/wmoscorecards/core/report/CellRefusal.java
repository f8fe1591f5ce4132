package nl.wmoscorecards.core.report;

/** One cell breaks its column's rule. Cheap (no stack trace): a bad file can have thousands. */
final class CellRefusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final String messageNl;

    CellRefusal(String messageNl, String messageEn) {
        super(messageEn, null, false, false);
        this.messageNl = messageNl;
    }

    String messageNl() {
        return messageNl;
    }

    String messageEn() {
        return getMessage();
    }
}
