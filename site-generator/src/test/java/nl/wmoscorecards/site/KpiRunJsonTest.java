package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.NotMeasured;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KpiRunJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final KpiRun RUN = new KpiRun(2025, LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T06:00:00Z"),
            List.of(new KpiResult(2025, "purmerend", "11111111", "result-achieved", null, 65.0,
                            new BigDecimal("13"), 20, 20, null, Band.SUFFICIENT,
                            Map.of("provider", 2, "client", 5, "local_team", 1), null),
                    new KpiResult(2025, "purmerend", "22222222", "result-achieved", NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, 10),
                            null, new BigDecimal("3"), 4, 6, null, null, Map.of(), null)));

    @Test
    void aCauseNamedProviderDoesNotOverwriteTheProvidersCode() {
        JsonNode causes = JSON.readTree(KpiRunJson.toJson(RUN)).get("causes");
        assertThat(causes).hasSize(1);
        assertThat(causes.get(0).get("provider").asString()).isEqualTo("11111111");
        assertThat(causes.get(0).get("counts").propertyNames()).containsExactly("client", "local_team", "provider");
        assertThat(causes.get(0).get("counts").get("provider").asInt()).isEqualTo(2);
    }

    @Test
    void everyRowKeepsTheAgreedShapeWithEveryFigureOfTheRun() {
        JsonNode internal = JSON.readTree(KpiRunJson.toJson(RUN)).get("results");
        assertThat(internal.get(0).propertyNames()).containsExactly("year", "region", "provider", "kpi", "measured",
                "reason", "reasonText", "value", "numerator", "denominator", "clients", "respondents", "band", "surveyYear");
        assertThat(internal.get(0).get("reason").isNull()).isTrue();
        assertThat(internal.get(1).get("reason").asString()).isEqualTo("too-few-clients-in-care");
        assertThat(internal.get(1).get("reasonText").asString()).isEqualTo("minder dan 10 cliënten in zorg");
        assertThat(internal.get(0).get("numerator").decimalValue()).isEqualByComparingTo("13");
        assertThat(internal.get(1).get("clients").asInt()).isEqualTo(6);
        // What the public edition leaves out of its copy is PublicationPolicy's (DisclosureEdgeGroupsTest).
    }
}
