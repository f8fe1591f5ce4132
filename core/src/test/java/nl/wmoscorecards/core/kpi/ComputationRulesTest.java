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
import java.util.stream.Stream;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** DOMAIN.md "Computation", rule by rule, at its boundaries, with Zaanstreek-Waterland's real config. */
class ComputationRulesTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final MeasurementRegion ZAANSTAD = CONFIG.regions().measurementRegion("zaanstad-wormerland").orElseThrow();
    private static final KpiCatalog CATALOG = CONFIG.kpiCatalog("zaanstreek-waterland", 2027).orElseThrow();
    private static final int YEAR = 2027;
    private static final LocalDate AS_OF = LocalDate.of(2028, 3, 1);

    private static List<KpiResult> run(List<Allocation> allocations, List<SurveyResponse> responses) {
        return new KpiEngine(CONFIG).runRegion(YEAR, AS_OF, ZAANSTAD, CATALOG, allocations, responses);
    }

    private static Optional<KpiResult> result(List<KpiResult> results, String kpi) {
        return results.stream().filter(r -> r.kpi().equals(kpi)).findFirst();
    }

    /** Ten clients in care in the year, so that the provider is measured. */
    private static List<Allocation> tenClientsInCare() {
        return IntStream.range(0, 10)
                .mapToObj(i -> allocation().assigned("2026-06-01").started("2026-06-10").build())
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

        /** Each case: the allocations beside the ten clients in care, then the population and how many on time. */
        static Stream<Arguments> startOfCareRules() {
            return Stream.of(
                    Arguments.of("day 42 is on time, day 43 late", List.of(
                            allocation().assigned("2027-03-01").started("2027-04-12").build(),
                            allocation().assigned("2027-03-01").started("2027-04-13").build()), 2, 1),
                    Arguments.of("a start before the assigned date is on time", List.of(
                            allocation().assigned("2027-03-01").started("2027-02-20").build()), 1, 1),
                    // the ten carry-over allocations started in 2026 and are not in the population
                    Arguments.of("only allocations whose 301 start lies in the year count", List.of(
                            allocation().assigned("2027-01-01").started("2027-01-05").build(),
                            allocation().assigned("2027-12-31").started("2028-01-10").build()), 2, 2),
                    Arguments.of("a 301 start outside the year is not counted even when care starts within it", List.of(
                            allocation().assigned("2026-12-20").started("2027-01-05").build(),
                            allocation().assigned("2027-02-01").started("2027-02-05").build()), 1, 1),
                    Arguments.of("without a 305, stopped within 42 days is excluded but stopped later is late", List.of(
                            allocation().assigned("2027-03-01").stopped("2027-04-12").build(),
                            allocation().assigned("2027-03-01").stopped("2027-04-13").build()), 1, 0),
                    // as-of 2028-03-01: 2027-12-31 + 42 = 2028-02-11 has passed, so no 305 means late
                    Arguments.of("without a 305 and past the deadline on the as-of date is late", List.of(
                            allocation().assigned("2027-12-31").build(),
                            allocation().assigned("2027-06-01").started("2027-06-02").build()), 2, 1),
                    // DOMAIN.md "Sender": another provider's on-time 305 is left out, so the allocation has no start
                    Arguments.of("a start reported by another provider than the 301's is no start", List.of(
                            allocation().assigned("2027-03-01").startedBy("87654321", "2027-03-02").build(),
                            allocation().assigned("2027-03-01").startedBy("87654321", "2027-03-02")
                                    .started("2027-04-12").build()), 2, 1),
                    Arguments.of("a retracted start counts as no start", List.of(
                            allocation().assigned("2027-03-01").started("2027-03-02").startRetracted().build()), 1, 0));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("startOfCareRules")
        void populationAndOnTime(String rule, List<Allocation> allocations, int population, int onTime) {
            KpiResult r = startOfCare(allocations.toArray(Allocation[]::new));
            assertThat(r.denominator()).isEqualTo(population);
            assertThat(r.numerator()).isEqualByComparingTo(String.valueOf(onTime));
        }

        @Test
        void pendingBoundaryIsTheAsOfDateItself() {
            List<Allocation> all = withTenClients(allocation().assigned("2027-11-19").build());
            // 2027-11-19 + 42 days = 2027-12-31
            KpiEngine engine = new KpiEngine(CONFIG);
            assertThat(result(engine.runRegion(YEAR, LocalDate.of(2027, 12, 31), ZAANSTAD, CATALOG, all, List.of()),
                    "start-within-6-weeks")).isEmpty();
            assertThat(result(engine.runRegion(YEAR, LocalDate.of(2028, 1, 1), ZAANSTAD, CATALOG, all, List.of()),
                    "start-within-6-weeks").orElseThrow().denominator()).isEqualTo(1);
        }

        @Test
        void aDeleted301LeavesEveryKpi() {
            List<KpiResult> results = run(withTenClients(
                    allocation().deleted("2027-03-01").started("2027-03-02")
                            .evaluated("2027-05-01", EvaluationResult.ACHIEVED, null).build()), List.of());
            assertThat(result(results, "start-within-6-weeks")).isEmpty();
            assertThat(result(results, "result-achieved")).isEmpty();
        }
    }

    @Nested
    @DisplayName("bands on the exact value")
    class Bands {
        @ParameterizedTest(name = "{0} of {1} on time -> {2}")
        @CsvSource({
                "13, 20, INSUFFICIENT",  // 65.0 is below this KPI's 80
                "16, 20, SUFFICIENT",    // exactly 80.0
                "159, 200, INSUFFICIENT", // 79.5
                "18, 20, GOOD",          // exactly 90.0
                "179, 200, SUFFICIENT",  // 89.5: displays 89.5, still sufficient
                "1799, 2000, SUFFICIENT" // 89.95: displays 90.0 rounded, band stays sufficient
        })
        void startOfCareBands(int onTime, int population, Band band) {
            List<Allocation> all = new ArrayList<>(tenClientsInCare());
            for (int i = 0; i < population; i++) {
                AllocationFixture a = allocation().assigned("2027-03-01");
                all.add((i < onTime ? a.started("2027-03-05") : a.started("2027-06-01")).build());
            }
            KpiResult r = result(run(all, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(r.band()).isEqualTo(band);
            assertThat(r.value()).isEqualTo(onTime * 100.0 / population);
        }

        @ParameterizedTest(name = "{0} of {1} achieved -> {2}")
        @CsvSource({"13, 20, SUFFICIENT", "1299, 2000, INSUFFICIENT", "16, 20, GOOD", "1599, 2000, SUFFICIENT"})
        void resultAchievedBands(int achieved, int population, Band band) {
            List<Allocation> all = new ArrayList<>(tenClientsInCare());
            for (int i = 0; i < population; i++) {
                all.add(allocation().assigned("2026-01-01").started("2026-01-02")
                        .evaluated("2027-05-01", i < achieved ? EvaluationResult.ACHIEVED : EvaluationResult.NOT_ACHIEVED,
                                i < achieved ? null : NonAchievementCause.CLIENT).build());
            }
            assertThat(result(run(all, List.of()), "result-achieved").orElseThrow().band()).isEqualTo(band);
        }

        @ParameterizedTest(name = "mean {0} -> {1}")
        @CsvSource({"8.5, ACHIEVED", "8.49, NOT_ACHIEVED", "10, ACHIEVED"})
        void satisfactionNormIs8point5Inclusive(String mean, Band band) {
            List<SurveyResponse> responses = IntStream.range(0, 10)
                    .mapToObj(i -> response("r" + i, new BigDecimal(mean))).toList();
            KpiResult r = result(run(tenClientsInCare(), responses), "client-satisfaction").orElseThrow();
            assertThat(r.band()).isEqualTo(band);
            assertThat(r.respondents()).isEqualTo(10);
        }
    }

    @Nested
    @DisplayName("what is judged")
    class Judged {
        @Test
        void aSimulationIsNeverBandedNorEscalatedEvenWithANormInItsCatalogue() {
            KpiDefinition resultAchieved = CATALOG.kpi("result-achieved").orElseThrow();
            // a malus of -100 lies below this (mistaken) norm's 0: judged, it would escalate
            KpiDefinition simulation = new KpiDefinition("simulation", "Simulatie", "", "outcome-financing-simulation",
                    Map.of("simulation", true, "kpi", "result-achieved",
                            "bands", List.of(Map.of("band", "insufficient"), Map.of("band", "good", "from", 80)),
                            "amounts", Map.of("insufficient", -100, "good", 100)),
                    "euro", new Norm(List.of(new BandThreshold("insufficient", null),
                            new BandThreshold("sufficient", BigDecimal.ZERO))), null);
            KpiCatalog catalog = new KpiCatalog(YEAR, "test", 10, false, List.of(resultAchieved, simulation));
            List<Allocation> all = new ArrayList<>(tenClientsInCare());
            for (int i = 0; i < 10; i++) {
                all.add(allocation("evaluated-" + i).assigned("2026-01-01").started("2026-01-02")
                        .evaluated("2027-05-01", EvaluationResult.NOT_ACHIEVED, NonAchievementCause.PROVIDER).build());
            }
            List<KpiResult> results = new KpiEngine(CONFIG).runRegion(YEAR, AS_OF, ZAANSTAD, catalog, all, List.of());
            KpiResult simulated = result(results, "simulation").orElseThrow();
            assertThat(simulated.value()).isEqualTo(-100.0);
            assertThat(simulated.band()).isNull();
            assertThat(simulated.escalates()).isFalse();
            assertThat(result(results, "result-achieved").orElseThrow().escalates()).isTrue();
        }
    }

    @Nested
    @DisplayName("result-achieved")
    class ResultAchieved {
        @Test
        void partlyCountsAsNotAchievedAndCausesAreReported() {
            List<KpiResult> results = run(withTenClients(
                    allocation().assigned("2026-01-01").started("2026-01-02").evaluated("2027-02-01", EvaluationResult.ACHIEVED, null).build(),
                    allocation().assigned("2026-01-01").started("2026-01-02").evaluated("2027-02-01", EvaluationResult.PARTLY, NonAchievementCause.CLIENT).build(),
                    allocation().assigned("2026-01-01").started("2026-01-02").evaluated("2027-02-01", EvaluationResult.NOT_ACHIEVED, NonAchievementCause.PROVIDER).build(),
                    allocation().assigned("2026-01-01").started("2026-01-02").evaluated("2026-12-31", EvaluationResult.ACHIEVED, null).build()),
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
            KpiResult ten = result(run(startedInTheYear(10, 10), List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(ten.clients()).isEqualTo(10);
            assertThat(ten.measured()).isTrue();

            KpiResult nine = result(run(startedInTheYear(9, 9), List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(nine.clients()).isEqualTo(9);
            assertThat(nine.measured()).isFalse();
            assertThat(nine.value()).isNull();
            assertThat(nine.band()).isNull();
            assertThat(nine.notMeasured()).isEqualTo(NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, 10));
        }

        @Test
        void theKpisOwnPopulationNeedsTenDistinctClientsBesidesTenInCare() {
            List<Allocation> nineObserved = withTenClients(startedInTheYear(9, 9).toArray(Allocation[]::new));
            KpiResult nine = result(run(nineObserved, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(nine.clients()).isEqualTo(19);
            assertThat(nine.denominator()).isEqualTo(9);
            assertThat(nine.notMeasured()).isEqualTo(NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_OBSERVED, 10));
            assertThat(nine.band()).isNull();

            List<Allocation> tenObserved = withTenClients(startedInTheYear(10, 10).toArray(Allocation[]::new));
            assertThat(result(run(tenObserved, List.of()), "start-within-6-weeks").orElseThrow().measured()).isTrue();
        }

        @Test
        void manyAllocationsOfFewClientsAreStillAFewClientsGroup() {
            // 12 allocations in the population, but of 6 clients: not an observation of 10 clients
            List<Allocation> twelveOfSix = withTenClients(startedInTheYear(12, 6).toArray(Allocation[]::new));
            KpiResult r = result(run(twelveOfSix, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(r.denominator()).isEqualTo(12);
            assertThat(r.notMeasured().reason()).isEqualTo(NotMeasured.Reason.TOO_FEW_CLIENTS_OBSERVED);
        }

        @Test
        void resultAchievedNeedsTenEvaluatedClients() {
            List<Allocation> nine = new ArrayList<>(tenClientsInCare());
            List<Allocation> ten = new ArrayList<>(tenClientsInCare());
            for (int i = 0; i < 10; i++) {
                Allocation evaluated = allocation("evaluated-" + i).assigned("2026-01-01").started("2026-01-02")
                        .evaluated("2027-05-01", EvaluationResult.ACHIEVED, null).build();
                ten.add(evaluated);
                if (i < 9) {
                    nine.add(evaluated);
                }
            }
            assertThat(result(run(nine, List.of()), "result-achieved").orElseThrow().notMeasured().reason())
                    .isEqualTo(NotMeasured.Reason.TOO_FEW_CLIENTS_OBSERVED);
            KpiResult measured = result(run(ten, List.of()), "result-achieved").orElseThrow();
            assertThat(measured.measured()).isTrue();
            assertThat(measured.band()).isEqualTo(Band.GOOD);
        }

        @Test
        void clientsAreCountedOnceAcrossAllocationsAndOnlyWhileInCare() {
            List<Allocation> all = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                String client = "c" + i;
                all.add(allocation(client).assigned("2026-01-01").started("2026-01-02").build());
                all.add(allocation(client).assigned("2027-01-01").started("2027-01-02").build());
            }
            all.add(allocation("ended").assigned("2026-01-01").started("2026-01-02").stopped("2026-12-31").build());
            all.add(allocation("never").assigned("2027-01-01").build());
            all.add(allocation("late").assigned("2027-12-01").started("2028-01-02").build());
            KpiResult r = result(run(all, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(r.clients()).isEqualTo(9);
            assertThat(r.measured()).isFalse();
        }

        @Test
        void aStartOnTheLastDayOfTheYearIsInCareTheNextDayIsNot() {
            List<Allocation> all = new ArrayList<>(startedInTheYear(9, 9));
            all.add(allocation("tenth").assigned("2027-12-01").started("2027-12-31").build());
            KpiResult lastDay = result(run(all, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(lastDay.clients()).isEqualTo(10);
            assertThat(lastDay.measured()).isTrue();

            all.set(9, allocation("tenth").assigned("2027-12-01").started("2028-01-01").build());
            KpiResult nextDay = result(run(all, List.of()), "start-within-6-weeks").orElseThrow();
            assertThat(nextDay.clients()).isEqualTo(9);
            assertThat(nextDay.notMeasured()).isEqualTo(NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, 10));
        }

        @Test
        void satisfactionNeedsTenRespondents() {
            List<SurveyResponse> nine = IntStream.range(0, 9).mapToObj(i -> response("r" + i, BigDecimal.TEN)).toList();
            KpiResult r = result(run(tenClientsInCare(), nine), "client-satisfaction").orElseThrow();
            assertThat(r.measured()).isFalse();
            assertThat(r.notMeasured()).isEqualTo(NotMeasured.below(NotMeasured.Reason.TOO_FEW_RESPONDENTS, 10));
            assertThat(r.respondents()).isEqualTo(9);
        }

        @Test
        void responsesFromOutsideTheRegionOrYearDoNotCount() {
            List<SurveyResponse> responses = new ArrayList<>(IntStream.range(0, 10)
                    .mapToObj(i -> response("r" + i, BigDecimal.valueOf(9))).toList());
            responses.add(new SurveyResponse("x1", AllocationFixture.PROVIDER, "0439", LocalDate.of(2027, 5, 1), BigDecimal.ONE));
            responses.add(new SurveyResponse("x2", AllocationFixture.PROVIDER, "0479", LocalDate.of(2026, 12, 31), BigDecimal.ONE));
            KpiResult r = result(run(tenClientsInCare(), responses), "client-satisfaction").orElseThrow();
            assertThat(r.value()).isEqualTo(9.0);
            assertThat(r.respondents()).isEqualTo(10);
        }
    }

    /** {@code allocations} assigned and started on time in the year, spread over {@code clients} clients. */
    private static List<Allocation> startedInTheYear(int allocations, int clients) {
        return IntStream.range(0, allocations)
                .mapToObj(i -> allocation("client-" + (i % clients)).assigned("2027-03-01").started("2027-03-05").build())
                .toList();
    }

    private static SurveyResponse response(String id, BigDecimal grade) {
        return new SurveyResponse(id, AllocationFixture.PROVIDER, AllocationFixture.MUNICIPALITY, LocalDate.of(2027, 6, 1), grade);
    }
}
