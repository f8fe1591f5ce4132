package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.kpi.AllocationFixture.allocation;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.escalation.EscalationTriggers;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.survey.SurveyResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md "Contract phase" and the biennial survey, with Zaanstreek-Waterland's real config: its contract phase
 * starts on 1 July 2026 (seed 001), so 2026 is measured over 1 July - 31 December and 2025 not at all.
 */
class ContractPhaseAndSurveyTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final MeasurementRegion ZAANSTAD = CONFIG.regions().measurementRegion("zaanstad-wormerland").orElseThrow();

    private static List<KpiResult> run(int year, List<Allocation> allocations, List<SurveyResponse> responses) {
        KpiCatalog catalog = CONFIG.kpiCatalog("zaanstreek-waterland", year).orElseThrow();
        return new KpiEngine(CONFIG)
                .runRegion(year, LocalDate.of(year + 1, 3, 1), ZAANSTAD, catalog, allocations, responses);
    }

    private static Optional<KpiResult> result(List<KpiResult> results, String kpi) {
        return results.stream().filter(r -> r.kpi().equals(kpi)).findFirst();
    }

    /** Ten clients in care on every day of 2025-2029. */
    private static List<Allocation> tenClientsInCare() {
        return IntStream.range(0, 10)
                .mapToObj(i -> allocation("in-care-" + i).assigned("2024-06-01").started("2024-06-10").build())
                .toList();
    }

    private static List<Allocation> plus(List<Allocation> base, List<Allocation> extra) {
        List<Allocation> all = new ArrayList<>(base);
        all.addAll(extra);
        return all;
    }

    /** Ten allocations of ten clients assigned on the day, started on time. */
    private static List<Allocation> assignedOn(String day) {
        return IntStream.range(0, 10)
                .mapToObj(i -> allocation("assigned-" + day + "-" + i).assigned(day).started(day).build()).toList();
    }

    private static List<SurveyResponse> responses(int count, String date, String grade) {
        return IntStream.range(0, count).mapToObj(i -> new SurveyResponse(date + "-" + i, AllocationFixture.PROVIDER,
                AllocationFixture.MUNICIPALITY, LocalDate.parse(date), new BigDecimal(grade))).toList();
    }

    @Nested
    class ContractPhase {
        @Test
        void theFirstYearIsMeasuredFromTheFirstDayOfTheContractPhase() {
            List<Allocation> all = plus(tenClientsInCare(), plus(assignedOn("2026-06-30"), assignedOn("2026-07-01")));
            KpiResult r = result(run(2026, all, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(r.denominator()).as("only the allocations assigned on or after 1 July").isEqualTo(10);
            assertThat(r.measured()).isTrue();
        }

        @Test
        void evaluationsAndSurveyResponsesCountFromTheFirstDayOfThePhase() {
            List<Allocation> all = new ArrayList<>(tenClientsInCare());
            for (int i = 0; i < 10; i++) {
                all.add(allocation("e-" + i).assigned("2025-01-01").started("2025-01-02")
                        .evaluated(i < 4 ? "2026-06-30" : "2026-07-01", EvaluationResult.ACHIEVED, null).build());
            }
            List<SurveyResponse> survey = new ArrayList<>(responses(10, "2026-07-01", "9"));
            survey.addAll(responses(5, "2026-06-30", "1"));
            List<KpiResult> results = run(2026, all, survey);
            assertThat(result(results, "result-achieved").orElseThrow().denominator()).isEqualTo(6);
            KpiResult satisfaction = result(results, "client-satisfaction").orElseThrow();
            assertThat(satisfaction.respondents()).isEqualTo(10);
            assertThat(satisfaction.value()).isEqualTo(9.0);
        }

        @Test
        void clientsInCareAreThoseInCareOnSomeDayOfThePeriod() {
            List<Allocation> all = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                all.add(allocation("c" + i).assigned("2024-01-01").started("2024-01-02").build());
            }
            List<Allocation> endedBefore = plus(all,
                    List.of(allocation("tenth").assigned("2024-01-01").started("2024-01-02").stopped("2026-06-30").build()));
            List<Allocation> endedOnFirstDay = plus(all,
                    List.of(allocation("tenth").assigned("2024-01-01").started("2024-01-02").stopped("2026-07-01").build()));
            List<Allocation> population = assignedOn("2026-09-01");
            assertThat(result(run(2026, plus(endedBefore, population), List.of()), "start-within-6-weeks")
                    .orElseThrow().clients()).isEqualTo(19);
            assertThat(result(run(2026, plus(endedOnFirstDay, population), List.of()), "start-within-6-weeks")
                    .orElseThrow().clients()).isEqualTo(20);
        }

        @Test
        void aYearWhollyBeforeThePhaseHasNoScoreAndRaisesNothing() {
            List<Allocation> all = plus(tenClientsInCare(), new ArrayList<>());
            for (int i = 0; i < 20; i++) {
                all.add(allocation("late-" + i).assigned("2025-03-01").started("2025-09-01")
                        .evaluated("2025-10-01", EvaluationResult.NOT_ACHIEVED, null).build());
            }
            List<KpiResult> results = run(2025, all, responses(20, "2025-06-01", "4"));
            assertThat(results).extracting(KpiResult::kpi)
                    .contains("start-within-6-weeks", "result-achieved", "client-satisfaction");
            assertThat(results).allSatisfy(r -> {
                assertThat(r.measured()).isFalse();
                assertThat(r.notMeasured().reason()).isEqualTo(NotMeasured.Reason.BEFORE_CONTRACT_PHASE);
                assertThat(r.notMeasured().dutch()).isEqualTo("vóór de contractfase");
                assertThat(r.value()).isNull();
                assertThat(r.band()).isNull();
            });
            KpiRun run = new KpiRun(2025, LocalDate.of(2026, 3, 1), java.time.Instant.EPOCH, results);
            assertThat(EscalationTriggers.find(run, CONFIG.regions(), CONFIG.performanceAgreements(), Map.of(), List.of())).isEmpty();
        }
    }

    @Nested
    class BiennialSurvey {
        @Test
        void theLatestSurveyIsCarriedIntoTheYearWithoutOneLabelledAndNeverJudged() {
            KpiResult r = result(run(2028, tenClientsInCare(), responses(10, "2027-05-01", "6")),
                    "client-satisfaction").orElseThrow();
            assertThat(r.measured()).isTrue();
            assertThat(r.value()).isEqualTo(6.0);
            assertThat(r.surveyYear()).isEqualTo(2027);
            assertThat(r.carriedSurvey()).isTrue();
            assertThat(r.band()).as("judged in 2027 only").isNull();
            assertThat(r.escalates()).isFalse();
        }

        @Test
        void theSurveyYearItselfIsJudged() {
            KpiResult r = result(run(2027, tenClientsInCare(), responses(10, "2027-05-01", "6")),
                    "client-satisfaction").orElseThrow();
            assertThat(r.surveyYear()).isEqualTo(2027);
            assertThat(r.band()).isEqualTo(Band.NOT_ACHIEVED);
            assertThat(r.escalates()).isTrue();
        }

        @Test
        void aSurveyAtMostTwoYearsOldIsCarriedAnOlderOneIsNot() {
            assertThat(result(run(2029, tenClientsInCare(), responses(10, "2027-12-31", "8.5")), "client-satisfaction")
                    .orElseThrow().surveyYear()).isEqualTo(2027);
            assertThat(result(run(2030, tenClientsInCare(), responses(10, "2027-12-31", "8.5")), "client-satisfaction"))
                    .isEmpty();
        }

        @Test
        void aYearWithTooFewRespondentsIsNotFilledInFromAnEarlierSurvey() {
            List<SurveyResponse> all = new ArrayList<>(responses(10, "2027-05-01", "9"));
            all.addAll(responses(9, "2028-05-01", "9"));
            KpiResult r = result(run(2028, tenClientsInCare(), all), "client-satisfaction").orElseThrow();
            assertThat(r.notMeasured()).isEqualTo(NotMeasured.below(NotMeasured.Reason.TOO_FEW_RESPONDENTS, 10));
            assertThat(r.surveyYear()).isEqualTo(2028);
        }

        @Test
        void aSurveyHeldBeforeTheContractPhaseIsNotCarriedIntoItsFirstYear() {
            // 2025 lies wholly before Zaanstreek-Waterland's phase: it has no results, so nothing to carry into 2026
            assertThat(result(run(2026, tenClientsInCare(), responses(10, "2025-05-01", "6")), "client-satisfaction"))
                    .isEmpty();
        }

        @Test
        void aCarriedSurveyCountsOnlyResponsesFromTheFirstDayOfThePhase() {
            // 2026 is measured from 1 July: responses of 30 June are no part of 2026's survey, those of 1 July are
            assertThat(result(run(2027, tenClientsInCare(), responses(10, "2026-06-30", "6")), "client-satisfaction"))
                    .isEmpty();
            KpiResult carried = result(run(2027, tenClientsInCare(), responses(10, "2026-07-01", "6")),
                    "client-satisfaction").orElseThrow();
            assertThat(carried.surveyYear()).isEqualTo(2026);
            assertThat(carried.value()).isEqualTo(6.0);
            assertThat(carried.band()).isNull();
        }

        @Test
        void gradesCarryOneDecimal() {
            List<SurveyResponse> all = new ArrayList<>(responses(5, "2027-05-01", "8.5"));
            all.addAll(responses(5, "2027-06-01", "8.4"));
            KpiResult r = result(run(2027, tenClientsInCare(), all), "client-satisfaction").orElseThrow();
            assertThat(r.value()).isEqualTo(8.45);
            assertThat(r.band()).isEqualTo(Band.NOT_ACHIEVED);
        }
    }
}
