package nl.wmoscorecards.core.delivery;

/** Whether a mandatory report was delivered for a year: on time, late, missing, or not due yet. */
public enum DeliveryState {
    DELIVERED("geleverd"),
    LATE("te laat geleverd"),
    MISSING("niet geleverd"),
    OPEN("nog niet verplicht");

    private final String dutchLabel;

    DeliveryState(String dutchLabel) {
        this.dutchLabel = dutchLabel;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    /** Late and missing reports are shortfalls on the escalation ladder. */
    public boolean isShortfall() {
        return this == LATE || this == MISSING;
    }
}
