package nl.wmoscorecards.core.allocation;

/** An allocation is identified by its municipality (gemeentecode) and allocation number (toewijzingsnummer). */
public record AllocationKey(String municipality, String allocationNumber) {
    @Override
    public String toString() {
        return municipality + "/" + allocationNumber;
    }
}
