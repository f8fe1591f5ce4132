package nl.wmoscorecards.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.privacy.Bsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces that make the scaled generator national and constant in memory. */
class ScaledDataGeneratorTest {
    private static final ScorecardsConfig SEEDED = ConfigLoader.fromClasspath();

    @TempDir
    Path work;

    @Test
    void sequentialBsnsAreValidDistinctAndOutsideTheTestRange() {
        SequentialBsns bsns = new SequentialBsns(20_000_000L);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String bsn = bsns.get();
            assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
            assertThat(bsn).doesNotStartWith("9999");
            assertThat(seen.add(bsn)).as(bsn).isTrue();
        }
    }

    @Test
    void nationalConfigHas342MunicipalitiesEachInOneMeasurementRegionWithACatalogue() throws Exception {
        ScorecardsConfig national = NationalGeography.writeConfig(SEEDED, work.resolve("config"));

        Set<String> municipalities = new HashSet<>();
        national.regions().measurementRegions().forEach(r -> r.municipalities().keySet()
                .forEach(m -> assertThat(municipalities.add(m)).as(m).isTrue()));
        assertThat(municipalities).hasSize(NationalGeography.MUNICIPALITIES);
        assertThat(national.regions().measurementRegions())
                .allSatisfy(r -> assertThat(national.kpiCatalog(r.contractingRegion(), 2025)).isPresent());
        // The seeded regions are kept as configured.
        assertThat(national.regions().measurementRegionOf("0479")).map(r -> r.id()).contains("zaanstad-wormerland");
    }
}
