package nl.wmoscorecards.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.wmoscorecards.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** When each region's results become final: seed 001's 1 April for Zaanstreek-Waterland, 1 July where seeds are silent. */
class ResultsFixedOnTest {
    private final RegionCatalog regions = ConfigLoader.fromClasspath().regions();

    @Test
    void zaanstreekWaterlandFixesItsResultsOnTheFirstOfAprilAfterTheMeasuredYear() {
        assertThat(regions.resultsFixedOn("zaanstreek-waterland").dateFor(2026)).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void regionsWithoutADateInTheirSeedTakeTheFirstOfJuly() {
        for (String region : new String[] {"dwo", "bno-oost", "midden-limburg", "drechtsteden"}) {
            assertThat(regions.resultsFixedOn(region).dateFor(2025)).as(region).isEqualTo(LocalDate.of(2026, 7, 1));
        }
    }

    @Test
    void aDayThatIsNotInEveryYearIsRefused() {
        assertThatThrownBy(() -> new ResultsFixedOn(4, 31)).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> new ResultsFixedOn(2, 29)).hasMessageContaining("29 February");
    }
}
