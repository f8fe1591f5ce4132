package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @ParameterizedTest(name = "{0} {1} reads {2}")
    @CsvSource({
            "65.0, percent, '65,0%'",
            "64.95, percent, '65,0%'",
            "64.94, percent, '64,9%'",
            "87.46, percent, '87,5%'",
            "0.05, percent, '0,1%'",
            "100, percent, '100,0%'",
            "8.55, grade, '8,6'",
            "8.449, grade, '8,4'",
            "154, count, '154'",
            "2500, count, '2.500'",
            "12.25, days, '12,3 dagen'",
            "12500.4, euro, '€ 12.500'"})
    void showsEachUnitAsADutchReaderExpects(double value, String unit, String shown) {
        assertThat(DutchFormat.value(value, unit)).isEqualTo(shown);
    }

    @Test
    void thresholdsShowAsConfiguredWithoutTrailingZeros() {
        assertThat(DutchFormat.threshold(new BigDecimal("65"), "percent")).isEqualTo("65%");
        assertThat(DutchFormat.threshold(new BigDecimal("8.50"), "grade")).isEqualTo("8,5");
        assertThat(DutchFormat.threshold(new BigDecimal("1E+2"), "percent")).isEqualTo("100%");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({"0, 0", "7, 7", "999, 999", "1000, 1.000", "24000, 24.000", "1234567, 1.234.567", "-2500, -2.500"})
    void countsGroupThousandsWithAPoint(long count, String shown) {
        assertThat(DutchFormat.count(count)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} is drawn at {1}")
    @CsvSource({"0, 0.0", "188, 188.0", "41.84, 41.8", "41.85, 41.9", "145.04999, 145.0", "256.0, 256.0"})
    void chartCoordinatesHaveOneDecimalWithAPoint(double value, String drawn) {
        assertThat(TrendCharts.coordinate(value)).isEqualTo(drawn);
    }

    @ParameterizedTest(name = "{0} {1} tops the chart at {2} in {3} steps")
    @CsvSource({"percent, 42, 100, 4", "grade, 6.5, 10, 5", "count, 154, 200, 4", "count, 0, 4, 4", "count, 1, 4, 4",
            "count, 7, 8, 4", "days, 43, 50, 5", "days, 20, 20, 4", "euro, 12500, 20000, 4", "count, 500, 500, 5"})
    void chartScalesAreFixedForSharesAndRoundAboveTheLargestValueOtherwise(String unit, double largest, double top,
                                                                         int ticks) {
        assertThat(Unit.of(unit).chartScale(largest)).isEqualTo(new Unit.ChartScale(top, ticks));
    }

    @ParameterizedTest(name = "a chart of {0} up to {1} ticks at whole numbers only")
    @CsvSource({"count, 1", "count, 3", "count, 13", "days, 43", "days, 2.5", "euro, 12500"})
    void countsDaysAndAmountsTickAtWholeNumbers(String unit, double largest) {
        Unit.ChartScale scale = Unit.of(unit).chartScale(largest);
        for (int step = 0; step <= scale.ticks(); step++) {
            double tick = scale.maximum() * step / scale.ticks();
            assertThat(tick).as("tick %d of %s", step, scale).isEqualTo(Math.rint(tick));
        }
        assertThat(scale.maximum()).isGreaterThanOrEqualTo(largest);
    }

    @Test
    void datesReadInDutch() {
        assertThat(DutchFormat.date(LocalDate.of(2026, 4, 1))).isEqualTo("1 april 2026");
    }
}
