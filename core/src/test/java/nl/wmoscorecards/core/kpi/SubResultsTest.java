package nl.wmoscorecards.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.EventFields;
import nl.wmoscorecards.core.ingest.IngestError;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import org.junit.jupiter.api.Test;

/** Midden-Limburg evaluates per deelresultaat: read from the messages, measured per sub-result. */
class SubResultsTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private final EventFields fields = new EventFields(CONFIG.regions(), new Pseudonymizer(new byte[32]), true);

    private Optional<AllocationEvent> evaluation(String subResults, List<IngestError> errors) {
        return fields.toEvent("e.csv", "line 2", Map.of("type", "evaluation", "messageId", "E1",
                "sentAt", "2025-05-01T10:00:00Z", "municipality", "0957", "provider", "12345678",
                "allocationNumber", "A1", "date", "2025-05-01", "result", "partly", "cause", "client",
                "subResults", subResults), errors);
    }

    @Test
    void subResultsAreReadFromTheEvaluationAndABadPairIsNamed() {
        List<IngestError> errors = new ArrayList<>();
        Evaluation e = (Evaluation) evaluation("1.3=achieved; 2=partly;5=not_achieved", errors).orElseThrow();
        assertThat(e.subResults()).containsEntry("1.3", EvaluationResult.ACHIEVED).containsEntry("2", EvaluationResult.PARTLY)
                .containsEntry("5", EvaluationResult.NOT_ACHIEVED);
        assertThat(Evaluation.parseSubResults(e.subResultsText())).isEqualTo(e.subResults());

        assertThat(evaluation("6=achieved", errors)).isEmpty();
        assertThat(errors).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("subResults");
            assertThat(err.value()).isEqualTo("6=achieved");
        });
    }

    @Test
    void theShareAchievedCountsEverySubResultOutcomeWithABreakdownPerDeelresultaat() {
        AllocationKey key = new AllocationKey("0957", "A1");
        List<Allocation> allocations = new ArrayList<>();
        allocations.add(Allocation.empty(key).apply(new Evaluation(new nl.wmoscorecards.core.allocation.MessageStamp(
                Instant.parse("2025-05-01T10:00:00Z"), "E1"), key, "12345678", LocalDate.of(2025, 5, 1),
                EvaluationResult.PARTLY, null, Map.of("1.3", EvaluationResult.ACHIEVED, "1.5", EvaluationResult.ACHIEVED,
                "2", EvaluationResult.PARTLY, "5", EvaluationResult.NOT_ACHIEVED))));
        KpiCatalog catalog = CONFIG.kpiCatalog("midden-limburg", 2025).orElseThrow();
        KpiDefinition kpi = catalog.kpis().stream().filter(k -> k.id().equals("sub-results-achieved")).findFirst().orElseThrow();

        Tally outcome = Measures.named(kpi.measure()).compute(
                new MeasureInput(2025, LocalDate.of(2026, 3, 1), catalog, allocations, List.of()), kpi);

        assertThat(outcome.denominator()).isEqualTo(4);
        assertThat(outcome.numerator()).isEqualByComparingTo("2");
        assertThat(outcome.causes()).containsEntry("1 achieved", 2).containsEntry("2 partly", 1).containsEntry("5 not_achieved", 1);
    }
}
