package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bands of a KPI, lowest first. Bands are decided on the exact value (a fraction), never on a
 * rounded display value: 64.99 is below 65 however it is shown.
 */
public record Norm(List<BandThreshold> bands) {

    public Norm {
        bands = List.copyOf(bands);
        if (bands.isEmpty() || bands.get(0).from() != null) {
            throw new IllegalArgumentException("a norm lists its bands lowest first; the first has no 'from'");
        }
        for (int i = 1; i < bands.size(); i++) {
            BigDecimal previous = bands.get(i - 1).from();
            BigDecimal current = bands.get(i).from();
            if (current == null || (previous != null && current.compareTo(previous) <= 0)) {
                throw new IllegalArgumentException("band thresholds must rise: " + bands);
            }
        }
        bands.forEach(BandThreshold::toBand);
    }

    /** The band of numerator / denominator, compared exactly. */
    public Band bandFor(BigDecimal numerator, BigDecimal denominator) {
        Band result = bands.get(0).toBand();
        for (BandThreshold threshold : bands.subList(1, bands.size())) {
            if (numerator.compareTo(threshold.from().multiply(denominator)) >= 0) {
                result = threshold.toBand();
            }
        }
        return result;
    }

    /** The value from which the norm is met: the lowest threshold of a band that meets it. */
    public BigDecimal target() {
        for (BandThreshold band : bands) {
            if (band.from() != null && band.toBand().meetsNorm()) {
                return band.from();
            }
        }
        return null;
    }
}
