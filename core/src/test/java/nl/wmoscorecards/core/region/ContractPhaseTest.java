package nl.wmoscorecards.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.wmoscorecards.core.calendar.DateRange;
import nl.wmoscorecards.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class ContractPhaseTest {
    private static final ContractPhase ZAANSTREEK = new ContractPhase(LocalDate.of(2026, 7, 1), null);

    @Test
    void aYearIsMeasuredOverItsDaysInsideThePhase() {
        assertThat(ZAANSTREEK.measurementPeriod(2026))
                .contains(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
        assertThat(ZAANSTREEK.measurementPeriod(2027)).contains(DateRange.calendarYear(2027));
        assertThat(ZAANSTREEK.measurementPeriod(2025)).isEmpty();
        assertThat(ZAANSTREEK.position(2025)).isEqualTo(ContractPhase.Position.BEFORE);
        assertThat(ZAANSTREEK.position(2026)).isEqualTo(ContractPhase.Position.IN_FORCE);
    }

    @Test
    void theContractIsInForceFromItsFirstDay() {
        assertThat(ZAANSTREEK.inForceOn(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(ZAANSTREEK.inForceOn(LocalDate.of(2026, 7, 1))).isTrue();
    }

    @Test
    void anEndedContractMeasuresUpToItsLastDayAndNoYearAfter() {
        ContractPhase ended = new ContractPhase(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 31));
        assertThat(ended.measurementPeriod(2025))
                .contains(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertThat(ended.position(2026)).isEqualTo(ContractPhase.Position.AFTER);
        assertThat(ended.inForceOn(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void aPhaseThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new ContractPhase(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30)))
                .hasMessageContaining("before it starts");
    }

    @Test
    void zaanstreekWaterlandsContractPhaseStartsOnFirstJuly2026AsSeed001States() {
        ContractingRegion zw = ConfigLoader.fromClasspath().regions().contractingRegion("zaanstreek-waterland");
        assertThat(zw.contractPhase().start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(zw.contractPhase().end()).isNull();
    }
}
