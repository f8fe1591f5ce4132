package nl.wmoscorecards.core.contract;

/** Provider size for round tables (seed 001): from clients, staff and Wmo turnover. */
public enum SizeClass {
    LARGE("groot", 5),
    MEDIUM("middelgroot", 5),
    SMALL("klein / zzp", 2);

    private final String dutchLabel;
    private final int seatsWhenSelecting;

    SizeClass(String dutchLabel, int seatsWhenSelecting) {
        this.dutchLabel = dutchLabel;
        this.seatsWhenSelecting = seatsWhenSelecting;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    /** At most this many of the class are invited when not everyone is. */
    public int seats() {
        return seatsWhenSelecting;
    }
}
