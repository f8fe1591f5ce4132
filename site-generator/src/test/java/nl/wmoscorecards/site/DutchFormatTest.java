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
            "8.449, grade, '8,4'"})
    void roundsHalfUpToOneDecimalWithADecimalComma(double value, String unit, String shown) {
        assertThat(DutchFormat.value(value, unit)).isEqualTo(shown);
    }

    @Test
    void thresholdsShowAsConfiguredWithoutTrailingZeros() {
        assertThat(DutchFormat.threshold(new BigDecimal("65"), "percent")).isEqualTo("65%");
        assertThat(DutchFormat.threshold(new BigDecimal("8.50"), "grade")).isEqualTo("8,5");
        assertThat(DutchFormat.threshold(new BigDecimal("1E+2"), "percent")).isEqualTo("100%");
    }

    @Test
    void datesReadInDutch() {
        assertThat(DutchFormat.date(LocalDate.of(2026, 4, 1))).isEqualTo("1 april 2026");
    }
}
