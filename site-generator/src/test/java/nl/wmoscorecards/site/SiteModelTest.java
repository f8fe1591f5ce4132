package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteModelTest {

    @Test
    void showsTheAgbCodeWhenTheNameIsUnknownOrBlank() {
        SiteModel model = new SiteModel(SiteFixture.CONFIG, List.of(), Edition.PUBLIC,
                Map.of("11111111", "Zorg BV", "22222222", " "));
        assertThat(model.providerLabel("11111111")).isEqualTo("Zorg BV");
        assertThat(model.providerLabel("22222222")).isEqualTo("22222222");
        assertThat(model.providerLabel("33333333")).isEqualTo("33333333");
    }

    @Test
    void rejectsTwoRunsOfTheSameYear() {
        assertThatThrownBy(() -> new SiteModel(SiteFixture.CONFIG,
                List.of(SiteFixture.run2025(), SiteFixture.run2025()), Edition.PUBLIC, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025");
    }
}
