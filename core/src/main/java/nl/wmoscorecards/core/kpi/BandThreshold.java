package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;

/** A band that applies from a value upward (inclusive); the lowest band has no lower bound. */
public record BandThreshold(String band, BigDecimal from) {
    public Band toBand() {
        return Band.fromCode(band);
    }
}
