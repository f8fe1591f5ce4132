package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.kpi.AllocationFixture.allocation;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.survey.SurveyResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md "Computation", rule by rule, at its boundaries, with Zaanstreek-Waterland's real config. */
class ComputationRulesTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final MeasurementRegion ZAANSTAD = CONFIG.regions().measurementRegion("zaanstad-wormerland").orElseThrow();
    private static final KpiCatalog CATALOG = CONFIG.kpiCatalog("zaanstreek-waterland", 2025).orElseThrow();
    private static final int YEAR = 2025;
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    private static List<KpiResult> run(List<Allocation> allocations, List<SurveyResponse> responses) {
        return new KpiEngine(CONFIG, Clock.systemUTC()).runRegion(YEAR, AS_OF, ZAANSTAD, CATALOG, allocations, responses);
    }

    private static Optional<KpiResult> result(List<KpiResult> results, String kpi) {
        return results.stream().filter(r -> r.kpi().equals(kpi)).findFirst();
    }

    /** Ten clients in care in the year, so that the provider is measured. */
    private static List<Allocation> tenClientsInCare() {
        return IntStream.range(0, 10)
                .mapToObj(i -> allocation().assigned("2024-06-01").started("2024-06-10").build())
                .toList();
    }

    private static List<Allocation> withTenClients(Allocation... extra) {
        List<Allocation> all = new ArrayList<>(tenClientsInCare());
        all.addAll(List.of(extra));
        return all;
    }

    @Nested
    @DisplayName("start-within-6-weeks")
    class StartOfCare {
        private KpiResult startOfCare(Allocation... allocations) {
            return result(run(withTenClients(allocations), List.of()), "start-within-6-weeks").orElseThrow();
        }

        @Test
        void day42IsOnTimeAndDay43IsLate() {
            KpiResult r = startOfCare(
                    allocation().assigned("2025-03-01").started("2025-04-12").build(),
                    allocation().assigned("2025-03-01").started("2025-04-13").build());
            assertThat(r.denominator()).isEqualTo(2);
            assertThat(r.numerator()).isEqualByComparingTo("1");
            assertThat(r.value()).isEqualTo(50.0);
        }

        @Test
        void aStartBeforeTheAssignedDateIsOnTime() {
            KpiResult r = startOfCare(allocation().assigned("2025-03-01").started("2025-02-20").build());
            assertThat(r.numerator()).isEqualByComparingTo("1");
        }

        @Test
        void onlyAllocationsWhose301StartLiesInTheYearCount() {
            KpiResult r = startOfCare(
                    allocation().assigned("2025-01-01").started("2025-01-05").build(),
                    allocation().assigned("2025-12-31").started("2026-01-10").build());
            // the ten carry-over allocations started in 2024 and are not in the population
            assertThat(r.denominator()).isEqualTo(2);
            assertThat(r.numerator()).isEqualByComparingTo("2");
        }

        @Test
        void a301StartOutsideTheYearIsNotCountedEvenWhenCareStartsWithinIt() {
            KpiResult r = startOfCare(
                    allocation().assigned("2024-12-20").started("2025-01-05").build(),
                    allocation().assigned("2025-02-01").started("2025-02-05").build());
            assertThat(r.denominator()).isEqualTo(1);
        }

        @Test
        void withoutA305StoppedWithin42DaysIsExcludedButStoppedLaterIsLate() {
            KpiResult r = startOfCare(
                    allocation().assigned("2025-03-01").stopped("2025-04-12").build(),
                    allocation().assigned("2025-03-01").stopped("2025-04-13").build());
            assertThat(r.denominator()).isEqualTo(1);
            assertThat(r.numerator()).isEqualByComparingTo("0");
        }

        @Test
        void withoutA305AndPastTheDeadlineOnTheAsOfDateIsLate() {
            // as-of 2026-03-01: 2025-12-31 + 42 = 2026-02-11 has passed, so no 305 means late
            KpiResult r = startOfCare(
                    allocation().assigned("2025-12-31").build(),
                    allocation().assigned("2025-06-01").started("2025-06-02").build());
            assertThat(r.denominator()).isEqualTo(2);
            assertThat(r.numerator()).isEqualByComparingTo("1");
        }

        @Test
        void pendingBoundaryIsTheAsOfDateItself() {
            List<Allocation> all = withTenClients(allocation().assigned("2025-11-19").build());
            // 2025-11-19 + 42 days = 2025-12-31
            KpiEngine engine = new KpiEngine(CONFIG, Clock.systemUTC());
            assertThat(result(engine.runRegion(YEAR, LocalDate.of(2025, 12, 31), ZAANSTAD, CATALOG, all, List.of()),
                    "start-within-6-weeks")).isEmpty();
            assertThat(result(engine.runRegion(YEAR, LocalDate.of(2026, 1, 1), ZAANSTAD, CATALOG, all, List.of()),
                    "start-within-6-weeks").orElseThrow().denominator()).isEqualTo(1);
        }

        @Test
        void aRetractedStartCountsAsNoStart() {
            KpiResult r = startOfCare(allocation().assigned("2025-03-01").started("2025-03-02").startRetracted().build());
            assertThat(r.denominator()).isEqualTo(1);
            assertThat(r.numerator()).isEqualByComparingTo("0");
        }

        @Test
        void aDeleted301LeavesEveryKpi() {
            List<KpiResult> results = run(withTenClients(
                    allocation().deleted("2025-03-01").started("2025-03-02")
                            .evaluated("2025-05-01", EvaluationResult.ACHIEVED, null).build()), List.of());
            assertThat(result(results, "start-within-6-weeks")).isEmpty();
            assertThat(result(results, "result-achieved")).isEmpty();
        }
    }

    @Nested
    @DisplayName("bands on the exact value")
    class Bands {
        @ParameterizedTest(name = "{0} of {1} on time -> {2}")
        @CsvSource({
                "13, 20, insufficient",  // 65.0 is below this KPI's 80
                "16, 20, sufficient",    // exactly 80.0
                "159, 200, insufficient", // 79.5
                "18, 20, good",          // exactly 90.0
                "179, 200, sufficient",  // 89.5: displays 89.5, still sufficient
                "1799, 2000, sufficient" // 89.95: displays 90.0 rounded, band stays sufficient
        })
        void startOfCareBands(int onTime, int population, String band) {
            List<Allocation> all = new ArrayList<>(tenClientsInCare());
            for (int i = 0; i < population; i++) {
                AllocationFixture a = allocation().assigned("2025-03-01");
                all.add((i < onTime ? a.started("2025-03-05") : a.started("2025-06-01")).build());
            }
            KpiResult r = result(run(all, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(r.band()).isEqualTo(band);
            assertThat(r.value()).isEqualTo(onTime * 100.0 / population);
        }

        @ParameterizedTest(name = "{0} of {1} achieved -> {2}")
        @CsvSource({"13, 20, sufficient", "1299, 2000, insufficient", "16, 20, good", "1599, 2000, sufficient"})
        void resultAchievedBands(int achieved, int population, String band) {
            List<Allocation> all = new ArrayList<>(tenClientsInCare());
            for (int i = 0; i < population; i++) {
                all.add(allocation().assigned("2024-01-01").started("2024-01-02")
                        .evaluated("2025-05-01", i < achieved ? EvaluationResult.ACHIEVED : EvaluationResult.NOT_ACHIEVED,
                                i < achieved ? null : NonAchievementCause.CLIENT).build());
            }
            assertThat(result(run(all, List.of()), "result-achieved").orElseThrow().band()).isEqualTo(band);
        }

        @ParameterizedTest(name = "mean {0} -> {1}")
        @CsvSource({"8.5, achieved", "8.49, not_achieved", "10, achieved"})
        void satisfactionNormIs8point5Inclusive(String mean, String band) {
            List<SurveyResponse> responses = IntStream.range(0, 10)
                    .mapToObj(i -> response("r" + i, new BigDecimal(mean))).toList();
            KpiResult r = result(run(tenClientsInCare(), responses), "client-satisfaction").orElseThrow();
            assertThat(r.band()).isEqualTo(band);
            assertThat(r.respondents()).isEqualTo(10);
        }
    }

    @Nested
    @DisplayName("result-achieved")
    class ResultAchieved {
        @Test
        void partlyCountsAsNotAchievedAndCausesAreReported() {
            List<KpiResult> results = run(withTenClients(
                    allocation().assigned("2024-01-01").started("2024-01-02").evaluated("2025-02-01", EvaluationResult.ACHIEVED, null).build(),
                    allocation().assigned("2024-01-01").started("2024-01-02").evaluated("2025-02-01", EvaluationResult.PARTLY, NonAchievementCause.CLIENT).build(),
                    allocation().assigned("2024-01-01").started("2024-01-02").evaluated("2025-02-01", EvaluationResult.NOT_ACHIEVED, NonAchievementCause.PROVIDER).build(),
                    allocation().assigned("2024-01-01").started("2024-01-02").evaluated("2024-12-31", EvaluationResult.ACHIEVED, null).build()),
                    List.of());
            KpiResult r = result(results, "result-achieved").orElseThrow();
            assertThat(r.denominator()).isEqualTo(3);
            assertThat(r.numerator()).isEqualByComparingTo("1");
            assertThat(r.causes()).containsEntry("client", 1).containsEntry("provider", 1);
        }
    }

    @Nested
    @DisplayName("minimum group sizes")
    class GroupSize {
        @Test
        void nineClientsIsNotMeasuredTenIs() {
            List<Allocation> nine = new ArrayList<>(tenClientsInCare().subList(0, 9));
            nine.add(allocation().assigned("2025-03-01").started("2025-03-02").build());
            // that tenth allocation started in the year, so the client is in care: 10 clients
            KpiResult ten = result(run(nine, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(ten.clients()).isEqualTo(10);
            assertThat(ten.measured()).isTrue();

            List<Allocation> stillNine = new ArrayList<>(tenClientsInCare().subList(0, 8));
            stillNine.add(allocation().assigned("2025-03-01").started("2025-03-02").build());
            KpiResult notMeasured = result(run(stillNine, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(notMeasured.clients()).isEqualTo(9);
            assertThat(notMeasured.measured()).isFalse();
            assertThat(notMeasured.value()).isNull();
            assertThat(notMeasured.band()).isNull();
            assertThat(notMeasured.reason()).isEqualTo("fewer than 10 clients in care");
        }

        @Test
        void clientsAreCountedOnceAcrossAllocationsAndOnlyWhileInCare() {
            List<Allocation> all = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                String client = "c" + i;
                all.add(allocation(client).assigned("2024-01-01").started("2024-01-02").build());
                all.add(allocation(client).assigned("2025-01-01").started("2025-01-02").build());
            }
            all.add(allocation("ended").assigned("2024-01-01").started("2024-01-02").stopped("2024-12-31").build());
            all.add(allocation("never").assigned("2025-01-01").build());
            all.add(allocation("late").assigned("2025-12-01").started("2026-01-02").build());
            KpiResult r = result(run(all, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(r.clients()).isEqualTo(9);
            assertThat(r.measured()).isFalse();
        }

        @Test
        void satisfactionNeedsTenRespondents() {
            List<SurveyResponse> nine = IntStream.range(0, 9).mapToObj(i -> response("r" + i, BigDecimal.TEN)).toList();
            KpiResult r = result(run(tenClientsInCare(), nine), "client-satisfaction").orElseThrow();
            assertThat(r.measured()).isFalse();
            assertThat(r.reason()).isEqualTo("fewer than 10 respondents");
            assertThat(r.respondents()).isEqualTo(9);
        }

        @Test
        void responsesFromOutsideTheRegionOrYearDoNotCount() {
            List<SurveyResponse> responses = new ArrayList<>(IntStream.range(0, 10)
                    .mapToObj(i -> response("r" + i, BigDecimal.valueOf(9))).toList());
            responses.add(new SurveyResponse("x1", AllocationFixture.PROVIDER, "0439", LocalDate.of(2025, 5, 1), BigDecimal.ONE));
            responses.add(new SurveyResponse("x2", AllocationFixture.PROVIDER, "0479", LocalDate.of(2024, 12, 31), BigDecimal.ONE));
            KpiResult r = result(run(tenClientsInCare(), responses), "client-satisfaction").orElseThrow();
            assertThat(r.value()).isEqualTo(9.0);
            assertThat(r.respondents()).isEqualTo(10);
        }
    }

    private static SurveyResponse response(String id, BigDecimal grade) {
        return new SurveyResponse(id, AllocationFixture.PROVIDER, AllocationFixture.MUNICIPALITY, LocalDate.of(2025, 6, 1), grade);
    }
}
