package nl.wmoscorecards.core.region;

/**
 * How many contract-management conversations a contracting region holds with each provider a year (seed 001:
 * "jaarlijks minimaal één"; seed 000: "2 tot 4 keer per jaar"). Configuration per contracting region.
 *
 * @param max the most a year, or null when the region sets none
 */
public record ConversationsPerYear(int min, Integer max) {
    public ConversationsPerYear {
        if (min < 0 || (max != null && max < min)) {
            throw new IllegalArgumentException("conversationsPerYear needs 0 <= min <= max, got min " + min + ", max " + max);
        }
    }

    /** In Dutch, for the site and the CLI: "minimaal 1", "2 tot 4". */
    public String dutchRange() {
        return max == null ? "minimaal " + min : min + " tot " + max;
    }
}
