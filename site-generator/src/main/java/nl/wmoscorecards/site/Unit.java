package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a KPI's unit reads on the site and in the open data. Percentages and grades have a fixed scale and
 * one decimal; counts and amounts are whole numbers on a scale of their own, and their "n" (always 1 in the
 * engine's fraction) says nothing, so it is not shown.
 */
enum Unit {
    PERCENT("percent", "Percentage (0 tot 100), afgerond op één decimaal", 100.0),
    GRADE("cijfer", "Gemiddeld rapportcijfer (0 tot 10), afgerond op één decimaal", 10.0),
    COUNT("aantal", "Aantal, een geheel getal", null),
    DAYS("dagen", "Aantal dagen, afgerond op één decimaal", null),
    EURO("euro", "Bedrag in euro's, afgerond op hele euro's", null);

    private final String openDataName;
    private final String description;
    private final Double fixedMaximum;

    Unit(String openDataName, String description, Double fixedMaximum) {
        this.openDataName = openDataName;
        this.description = description;
        this.fixedMaximum = fixedMaximum;
    }

    /** The unit of a catalogue's {@code unit:} code; a catalogue is validated on load, so unknown means grade-like. */
    static Unit of(String code) {
        if (code == null) {
            return GRADE;
        }
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "percent" -> PERCENT;
            case "count" -> COUNT;
            case "days" -> DAYS;
            case "euro" -> EURO;
            default -> GRADE;
        };
    }

    /** The value as the page shows it: "65,0%", "8,4", "1.234", "12,5 dagen", "€ 2.500". */
    String format(BigDecimal value) {
        return switch (this) {
            case PERCENT -> oneDecimal(value) + "%";
            case GRADE -> oneDecimal(value);
            case DAYS -> oneDecimal(value) + " dagen";
            case COUNT -> whole(value);
            case EURO -> "€ " + whole(value);
        };
    }

    /** The value rounded as {@link #format} shows it, for the open data: one decimal, or whole counts and euros. */
    BigDecimal rounded(BigDecimal value) {
        return value.setScale(this == COUNT || this == EURO ? 0 : 1, RoundingMode.HALF_UP);
    }

    /** A norm threshold as configured, without trailing zeros: 65 gives "65%", 8.5 gives "8,5". */
    String threshold(BigDecimal threshold) {
        String number = threshold.stripTrailingZeros().toPlainString().replace('.', ',');
        return switch (this) {
            case PERCENT -> number + "%";
            case DAYS -> number + " dagen";
            case EURO -> "€ " + number;
            default -> number;
        };
    }

    String openDataName() {
        return openDataName;
    }

    String description() {
        return description;
    }

    /** Whether "n = ..." means something: not for a plain count or amount, whose n is always 1. */
    boolean hasPopulation() {
        return this != COUNT && this != EURO;
    }

    /** The top of a chart's scale: fixed for percentages and grades, else a round number above the largest value. */
    double chartMaximum(double largestValue) {
        if (fixedMaximum != null) {
            return fixedMaximum;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(1, largestValue))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (largestValue <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** One decimal, half up, from the value's shortest decimal form (so 64.95 is "65,0", not binary "64,9"). */
    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String whole(BigDecimal value) {
        return DutchFormat.count(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
