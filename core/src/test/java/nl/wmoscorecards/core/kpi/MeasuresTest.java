package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.kpi.AllocationFixture.PROVIDER;
import static nl.wmoscorecards.core.kpi.AllocationFixture.allocation;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.region.MeasurementRegion;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each measure of the catalogues at its boundaries. Year 2025, measured on 1 March 2026. */
class MeasuresTest {
    private static final int YEAR = 2025;
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private static final MeasurementRegion ZAANSTAD = new MeasurementRegion("zaanstad-wormerland", "Zaanstad/Wormerland",
            "zaanstreek-waterland", Map.of("0479", "Zaanstad"));
    private static final List<Object> INTENSITY = List.of(List.of("15"), List.of("02", "07"), List.of("01"));

    private static KpiDefinition kpi(String measure, Map<String, Object> parameters) {
        return new KpiDefinition("k", "K", "", measure, parameters, "count", null, null);
    }

    private static Tally compute(KpiDefinition kpi, List<Allocation> own, List<Allocation> region, ProviderReports reports) {
        KpiCatalog catalog = new KpiCatalog(2024, "test", 10, false, List.of(kpi));
        MeasureInput input = new MeasureInput(YEAR, AS_OF, catalog, own, List.of());
        return Measures.named(kpi.measure()).compute(new MeasureContext(input, ZAANSTAD, PROVIDER, region, reports), kpi);
    }

    private static Tally compute(KpiDefinition kpi, Allocation... own) {
        return compute(kpi, List.of(own), List.of(own), ProviderReports.NONE);
    }

    private static BigDecimal value(Tally o) {
        return o.scaledNumerator().divide(BigDecimal.valueOf(o.denominator()), java.math.MathContext.DECIMAL64);
    }

    @Nested
    class StartReportedWithinWorkingDays {
        private final KpiDefinition kpi = kpi("start-reported-within-working-days", Map.of("workingDays", 5));

        /** Two allocations assigned and started on the same days, their 305s sent on different days. */
        private Tally twoStartsReportedOn(String assigned, String started, String oneSentOn, String otherSentOn) {
            return compute(kpi,
                    allocation().assigned(assigned).startedSentOn(started, oneSentOn).build(),
                    allocation().assigned(assigned).startedSentOn(started, otherSentOn).build());
        }

        /** Of each pair, the first 305 is sent on the fifth working day after the start, the other on the sixth. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                fifth working day is on time, the sixth late | 2025-03-01 | 2025-03-03 | 2025-03-10 | 2025-03-11
                # Start Thursday 17 April 2025: Fri 18 (Good Friday counts), Tue 22, Wed 23, Thu 24, Fri 25.
                Easter Monday is not a working day           | 2025-04-01 | 2025-04-17 | 2025-04-25 | 2025-04-28
                # Start Tuesday 23 December 2025: 24, 29, 30, 31 December and 2 January 2026.
                Christmas and New Year across the year       | 2025-12-01 | 2025-12-23 | 2026-01-02 | 2026-01-05
                """)
        void fifthWorkingDayIsOnTimeTheSixthIsLate(String calendar, String assigned, String started, String fifth,
                                                   String sixth) {
            Tally o = twoStartsReportedOn(assigned, started, fifth, sixth);
            assertThat(o.denominator()).isEqualTo(2);
            assertThat(o.numerator()).isEqualByComparingTo("1");
        }

        @Test
        void kingsDayIsNotAWorkingDay() {
            // 2026 is measured here: start Friday 24 April 2026; Monday 27 April is King's Day, so the five
            // working days are 28, 29, 30 April, 1 and 4 May.
            KpiCatalog catalog = new KpiCatalog(2024, "test", 10, false, List.of(kpi));
            List<Allocation> own = List.of(
                    allocation().assigned("2026-04-01").startedSentOn("2026-04-24", "2026-05-04").build(),
                    allocation().assigned("2026-04-01").startedSentOn("2026-04-24", "2026-05-06").build());
            Tally o = Measures.named(kpi.measure()).compute(
                    new MeasureInput(2026, LocalDate.of(2027, 3, 1), catalog, own, List.of()), kpi);
            assertThat(o.numerator()).isEqualByComparingTo("1");
        }

        @Test
        void onlyStartsInTheYearCount() {
            Tally o = compute(kpi, allocation().assigned("2024-12-01").startedSentOn("2024-12-31", "2025-01-02").build());
            assertThat(o.hasPopulation()).isFalse();
        }
    }

    @Test
    void waitingTimeIsTheMedianAndAnEarlyStartWaitedZeroDays() {
        KpiDefinition kpi = kpi("waiting-time", Map.of());
        Tally odd = compute(kpi,
                allocation().assigned("2025-03-01").started("2025-02-20").build(),
                allocation().assigned("2025-03-01").started("2025-03-11").build(),
                allocation().assigned("2025-03-01").started("2025-04-10").build());
        assertThat(value(odd)).isEqualByComparingTo("10");
        assertThat(odd.denominator()).isEqualTo(3);
        Tally even = compute(kpi,
                allocation().assigned("2025-03-01").started("2025-03-11").build(),
                allocation().assigned("2025-03-01").started("2025-03-12").build());
        assertThat(value(even)).isEqualByComparingTo("10.5");
        assertThat(compute(kpi, allocation().assigned("2025-03-01").build()).hasPopulation()).isFalse();
    }

    @Nested
    class Flow {
        @Test
        void inflowCountsStartsInTheYearPerMunicipality() {
            Tally o = compute(kpi("inflow", Map.of()),
                    allocation().assigned("2024-12-01").started("2024-12-31").build(),
                    allocation().assigned("2024-12-01").started("2025-01-01").build(),
                    allocation().assigned("2025-12-01").started("2025-12-31").build());
            assertThat(o.numerator()).isEqualByComparingTo("2");
            assertThat(o.causes()).containsEntry("0479", 2);
        }

        @Test
        void anEndFollowedWithinThirtyDaysIsThroughflowLaterIsOutflow() {
            Allocation moved = allocation("c1").assigned("2025-01-01").started("2025-01-01").stopped("2025-06-30").build();
            Allocation next = allocation("c1").assignedTo("87654321", "2025-07-30").build();
            Allocation left = allocation("c2").assigned("2025-01-01").started("2025-01-01").stopped("2025-06-30").build();
            Allocation tooLate = allocation("c2").assignedTo("87654321", "2025-07-31").build();
            List<Allocation> own = List.of(moved, left);
            List<Allocation> region = List.of(moved, next, left, tooLate);
            Map<String, Object> p = Map.of("continuationDays", 30);
            assertThat(compute(kpi("throughflow", p), own, region, ProviderReports.NONE).numerator()).isEqualByComparingTo("1");
            assertThat(compute(kpi("outflow", p), own, region, ProviderReports.NONE).numerator()).isEqualByComparingTo("1");
        }

        @Test
        void outflowByReasonBreaksEndsInTheYearDownByWmo588Code() {
            Tally o = compute(kpi("outflow-by-reason", Map.of()),
                    allocation().assigned("2025-01-01").started("2025-01-01").stopped("2025-12-31", "02").build(),
                    allocation().assigned("2025-01-01").started("2025-01-01").stopped("2025-05-01", "19").build(),
                    allocation().assigned("2025-01-01").started("2025-01-01").stopped("2025-05-01", "19").build(),
                    allocation().assigned("2025-01-01").started("2025-01-01").stopped("2026-01-01", "19").build());
            assertThat(o.numerator()).isEqualByComparingTo("3");
            assertThat(o.causes()).containsExactlyInAnyOrderEntriesOf(Map.of("02", 1, "19", 2));
        }

        @Test
        void flowToLighterCareWithinTheWindowCounts() {
            Map<String, Object> p = Map.of("months", 12, "intensityOrder", INTENSITY, "lighterReasons", List.of("32"));
            Allocation heavy = allocation("c1").category("15").assigned("2024-03-01").started("2024-03-01")
                    .stopped("2025-02-15", "38").build();
            Allocation lighterOnTheLastDay = allocation("c1").category("02").assignedTo("87654321", "2025-03-01").build();
            Allocation heavy2 = allocation("c2").category("15").assigned("2024-03-01").started("2024-03-01")
                    .stopped("2025-02-15", "38").build();
            Allocation lighterTooLate = allocation("c2").category("02").assignedTo("87654321", "2025-03-02").build();
            Allocation heavy3 = allocation("c3").category("15").assigned("2024-06-01").started("2024-06-01")
                    .stopped("2025-01-01", "32").build();
            Allocation windowStillOpen = allocation("c4").category("15").assigned("2025-06-01").started("2025-06-01").build();
            List<Allocation> own = List.of(heavy, heavy2, heavy3, windowStillOpen);
            List<Allocation> region = new ArrayList<>(own);
            region.addAll(List.of(lighterOnTheLastDay, lighterTooLate));
            Tally o = compute(kpi("flow-to-lighter-care", p), own, region, ProviderReports.NONE);
            assertThat(o.denominator()).isEqualTo(3);
            assertThat(o.numerator()).isEqualByComparingTo("2");
        }

        /** Sheltered housing from 1 March 2024, ended 31 December 2024: its 12-month window closes 1 March 2025. */
        @Test
        void aLighterAllocationAlongsideIsNoFlowOnlyOneStartingAfterTheEnd() {
            Map<String, Object> p = Map.of("months", 12, "intensityOrder", INTENSITY, "lighterReasons", List.of("32"));
            List<Allocation> own = new ArrayList<>();
            List<Allocation> region = new ArrayList<>();
            // Day care alongside from the start, the heavy care never ended; then lighter care starting on the end
            // day (overlapping its last day); then the day after the end, which is the move.
            String[][] cases = {{"2024-03-01", null}, {"2024-12-31", "2024-12-31"}, {"2025-01-01", "2024-12-31"}};
            for (int i = 0; i < cases.length; i++) {
                AllocationFixture heavy = allocation("c" + i).category("15").assigned("2024-03-01").started("2024-03-01");
                if (cases[i][1] != null) {
                    heavy.stopped(cases[i][1], "38");
                }
                own.add(heavy.build());
                region.add(allocation("c" + i).category("07").assignedTo("87654321", cases[i][0]).build());
            }
            region.addAll(own);
            Tally o = compute(kpi("flow-to-lighter-care", p), own, region, ProviderReports.NONE);
            assertThat(o.denominator()).isEqualTo(3);
            assertThat(o.numerator()).as("only the lighter care starting the day after the end").isEqualByComparingTo("1");
        }
    }

    @Test
    void shareWithResultCountsOneResult() {
        KpiDefinition partly = kpi("share-with-result", Map.of("result", "partly"));
        Tally o = compute(partly,
                allocation().assigned("2024-01-01").evaluated("2025-02-01", EvaluationResult.PARTLY, null).build(),
                allocation().assigned("2024-01-01").evaluated("2025-02-01", EvaluationResult.ACHIEVED, null).build(),
                allocation().assigned("2024-01-01").evaluated("2025-02-01", EvaluationResult.NOT_ACHIEVED,
                        NonAchievementCause.CLIENT).build(),
                allocation().assigned("2024-01-01").evaluated("2026-01-01", EvaluationResult.PARTLY, null).build());
        assertThat(o.denominator()).isEqualTo(3);
        assertThat(o.numerator()).isEqualByComparingTo("1");
    }

    @Nested
    class FromProviderReports {
        private final Allocation any = allocation().assigned("2025-01-01").build();

        private Tally compute(KpiDefinition kpi, ProviderReports reports) {
            return MeasuresTest.compute(kpi, List.of(any), List.of(any), reports);
        }

        @Test
        void experienceExpertsOnTheLatestReferenceDate() {
            InMemoryProviderReports reports = new InMemoryProviderReports()
                    .add(PROVIDER, "personeel", YEAR, Map.of("referenceDate", LocalDate.of(2025, 6, 30), "experienceExperts", 2L))
                    .add(PROVIDER, "personeel", YEAR, Map.of("referenceDate", LocalDate.of(2025, 12, 31), "experienceExperts", 3L));
            assertThat(compute(kpi("experience-experts", Map.of()), reports).numerator()).isEqualByComparingTo("3");
            assertThat(compute(kpi("experience-experts", Map.of()), ProviderReports.NONE).hasPopulation()).isFalse();
        }

        @Test
        void networkContactsByPartnerOnlyInTheRegion() {
            InMemoryProviderReports reports = new InMemoryProviderReports()
                    .add(PROVIDER, "netwerkcontacten", YEAR, Map.of("partner", "toegang", "count", 4L, "municipality", "0479"))
                    .add(PROVIDER, "netwerkcontacten", YEAR, Map.of("partner", "toegang", "count", 7L, "municipality", "0363"))
                    .add(PROVIDER, "netwerkcontacten", YEAR, Map.of("partner", "huisarts", "count", 2L));
            assertThat(compute(kpi("network-contacts", Map.of("partners", List.of("toegang"))), reports).numerator())
                    .isEqualByComparingTo("4");
            assertThat(compute(kpi("network-contacts", Map.of()), reports).numerator()).isEqualByComparingTo("6");
        }

        @Test
        void waitingListSumsTheLatestCountInTheRegion() {
            InMemoryProviderReports reports = new InMemoryProviderReports()
                    .add(PROVIDER, "wachtlijst", YEAR, Map.of("referenceDate", LocalDate.of(2025, 12, 1),
                            "municipality", "0479", "productCategory", "02", "waiting", 5L))
                    .add(PROVIDER, "wachtlijst", YEAR, Map.of("referenceDate", LocalDate.of(2025, 12, 1),
                            "municipality", "0479", "productCategory", "07", "waiting", 1L))
                    .add(PROVIDER, "wachtlijst", YEAR, Map.of("referenceDate", LocalDate.of(2025, 6, 1),
                            "municipality", "0479", "productCategory", "02", "waiting", 9L));
            Tally o = compute(kpi("waiting-list", Map.of()), reports);
            assertThat(o.numerator()).isEqualByComparingTo("6");
            assertThat(o.causes()).containsEntry("02", 5).containsEntry("07", 1);
        }

        @Test
        void fraudSignalsReportedIsAShareOfSignals() {
            InMemoryProviderReports reports = new InMemoryProviderReports()
                    .add(PROVIDER, "fraudesignalen", YEAR, Map.of("count", 3L, "reportedToMunicipality", "ja"))
                    .add(PROVIDER, "fraudesignalen", YEAR, Map.of("count", 1L, "reportedToMunicipality", "nee"));
            Tally o = compute(kpi("fraud-signals-reported", Map.of()), reports);
            assertThat(value(o)).isEqualByComparingTo("75");
        }

        @Test
        void transformationSpendIsExactAtTwoPercentAndSkipsSmallProviders() {
            Map<String, Object> p = Map.of("minimumWmoTurnover", 1_000_000);
            KpiDefinition kpi = new KpiDefinition("t", "T", "", "transformation-spend-share", p, "percent",
                    new Norm(List.of(new BandThreshold("not_achieved", null), new BandThreshold("achieved", new BigDecimal("2")))), null);
            Tally exactlyTwo = compute(kpi, new InMemoryProviderReports().add(PROVIDER, "financieel-jaaroverzicht", YEAR,
                    Map.of("wmoTurnover", new BigDecimal("1000000.00"), "transformationSpend", new BigDecimal("20000.00"))));
            assertThat(kpi.norm().bandFor(exactlyTwo.scaledNumerator(), BigDecimal.valueOf(exactlyTwo.denominator())))
                    .isEqualTo(Band.ACHIEVED);
            Tally justBelow = compute(kpi, new InMemoryProviderReports().add(PROVIDER, "financieel-jaaroverzicht", YEAR,
                    Map.of("wmoTurnover", new BigDecimal("1000000.00"), "transformationSpend", new BigDecimal("19999.99"))));
            assertThat(kpi.norm().bandFor(justBelow.scaledNumerator(), BigDecimal.valueOf(justBelow.denominator())))
                    .isEqualTo(Band.NOT_ACHIEVED);
            Tally small = compute(kpi, new InMemoryProviderReports().add(PROVIDER, "financieel-jaaroverzicht", YEAR,
                    Map.of("wmoTurnover", new BigDecimal("999999.99"), "transformationSpend", BigDecimal.ZERO)));
            assertThat(small.hasPopulation()).isFalse();
            Tally noSpendColumn = compute(kpi, new InMemoryProviderReports().add(PROVIDER, "financieel-jaaroverzicht", YEAR,
                    Map.of("wmoTurnover", new BigDecimal("2000000"))));
            assertThat(noSpendColumn.hasPopulation()).isFalse();
        }

        @Test
        void mandatoryReportsOnTimeShareIgnoresReportsNotYetDue() {
            LocalDate due = LocalDate.of(2026, 4, 1);
            InMemoryProviderReports reports = new InMemoryProviderReports()
                    .add(new ReportDelivery(PROVIDER, "sroi", YEAR, due, DeliveryState.DELIVERED, "u1", due))
                    .add(new ReportDelivery(PROVIDER, "klachten", YEAR, due, DeliveryState.LATE, "u2", due.plusDays(1)))
                    .add(new ReportDelivery(PROVIDER, "mto", YEAR, due, DeliveryState.OPEN, null, null));
            Tally o = compute(kpi("mandatory-reports-delivered", Map.of()), reports);
            assertThat(o.denominator()).isEqualTo(2);
            assertThat(o.numerator()).isEqualByComparingTo("1");
            assertThat(o.causes()).containsEntry("late", 1);
        }
    }

    @Test
    void outcomeFinancingSimulationPaysTheBandAmountPerEvaluation() {
        KpiDefinition goals = new KpiDefinition("goals", "G", "", "share-achieved", Map.of(), "percent", null, null);
        KpiDefinition simulation = new KpiDefinition("sim", "S", "", "outcome-financing-simulation", Map.of(
                "simulation", true, "kpi", "goals", "per", "evaluation",
                "bands", List.of(Map.of("band", "insufficient"), Map.of("band", "sufficient", "from", 65),
                        Map.of("band", "good", "from", 80)),
                "amounts", Map.of("insufficient", -100, "sufficient", 0, "good", 100)), "euro", null, null);
        List<Allocation> own = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            EvaluationResult result = i < 4 ? EvaluationResult.ACHIEVED : EvaluationResult.NOT_ACHIEVED;
            own.add(allocation().assigned("2024-01-01").evaluated("2025-02-01", result, i < 4 ? null : NonAchievementCause.PROVIDER).build());
        }
        KpiCatalog catalog = new KpiCatalog(2024, "test", 10, false, List.of(goals, simulation));
        MeasureInput input = new MeasureInput(YEAR, AS_OF, catalog, own, List.of());
        Tally o = Measures.named(simulation.measure()).compute(
                new MeasureContext(input, ZAANSTAD, PROVIDER, own, ProviderReports.NONE), simulation);
        // 4 of 5 = exactly 80%: good, 100 euro x 5 evaluations.
        assertThat(o.numerator()).isEqualByComparingTo("500");
        assertThat(o.causes()).containsEntry("good", 5);
        assertThat(simulation.isSimulation()).isTrue();
    }
}
