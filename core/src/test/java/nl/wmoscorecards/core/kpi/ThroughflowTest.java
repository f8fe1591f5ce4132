package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.kpi.AllocationFixture.PROVIDER;
import static nl.wmoscorecards.core.kpi.AllocationFixture.allocation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.MeasurementRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Brabant Noordoost-oost's throughflow and outflow with its real catalogue (30 days): an allocation ended (307) on
 * 30 June 2025 is throughflow when a follow-up allocation of the client starts after 30 June and at the latest on
 * 30 July; otherwise outflow. A parallel allocation (started before the end) is no follow-up.
 */
class ThroughflowTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final KpiCatalog BRABANT = CONFIG.kpiCatalog("bno-oost", 2025).orElseThrow();
    private static final MeasurementRegion REGION = new MeasurementRegion("test", "Test", "bno-oost",
            Map.of(AllocationFixture.MUNICIPALITY, "Zaanstad"));
    private static final String OTHER_PROVIDER = "87654321";

    private static long count(String kpiId, List<Allocation> own, List<Allocation> region) {
        KpiDefinition kpi = BRABANT.kpis().stream().filter(k -> k.id().equals(kpiId)).findFirst().orElseThrow();
        MeasureInput input = new MeasureInput(2025, LocalDate.of(2026, 3, 1), BRABANT, own, List.of());
        Tally outcome = Measures.named(kpi.measure())
                .compute(new MeasureContext(input, REGION, PROVIDER, region, ProviderReports.NONE), kpi);
        return outcome.numerator().longValueExact();
    }

    /** The provider's allocation ending 30 June 2025 and another allocation of the same client. */
    private static void assertFlow(Allocation ended, Allocation other, long throughflow, long outflow) {
        List<Allocation> own = List.of(ended);
        List<Allocation> region = new ArrayList<>(List.of(ended, other));
        assertThat(count("throughflow", own, region)).as("throughflow").isEqualTo(throughflow);
        assertThat(count("outflow", own, region)).as("outflow").isEqualTo(outflow);
    }

    private static Allocation endedOn30June(String client) {
        return allocation(client).assigned("2025-01-06").started("2025-01-06").stopped("2025-06-30", "38").build();
    }

    @ParameterizedTest(name = "follow-up starting {0}: throughflow {1}")
    @CsvSource({
            "2025-06-30, 0",  // on the end day: it ran alongside this one on its last day
            "2025-07-01, 1",  // the day after the end
            "2025-07-30, 1",  // the 30th day after the end: the window's last day
            "2025-07-31, 0",  // the 31st day: too late, the client left
    })
    void aFollowUpCountsFromTheDayAfterTheEndToTheWindowsLastDay(String followUpStart, long throughflow) {
        Allocation ended = endedOn30June("c1");
        Allocation followUp = allocation("c1").assignedTo(OTHER_PROVIDER, followUpStart).build();
        assertFlow(ended, followUp, throughflow, 1 - throughflow);
    }

    @Test
    void aParallelAllocationAssignedWhileThisOneRanIsNoThroughflow() {
        // Assigned in March, while the ended allocation ran (after its start), and still running after the end.
        Allocation ended = endedOn30June("c1");
        Allocation parallel = allocation("c1").assignedTo(OTHER_PROVIDER, "2025-03-01").started("2025-03-03").build();
        assertFlow(ended, parallel, 0, 1);
    }

    @Test
    void aParallelAllocationThatEndsWithinTheWindowIsNoFollowUpEither() {
        Allocation ended = endedOn30June("c1");
        Allocation parallel = allocation("c1").assignedTo(OTHER_PROVIDER, "2025-06-15").started("2025-06-15")
                .stopped("2025-07-15", "19").build();
        assertFlow(ended, parallel, 0, 1);
    }

    @Test
    void aFollowUpOfAnotherClientDoesNotCount() {
        Allocation ended = endedOn30June("c1");
        Allocation otherClient = allocation("c2").assignedTo(OTHER_PROVIDER, "2025-07-01").build();
        assertFlow(ended, otherClient, 0, 1);
    }

    @Test
    void aFollowUpWithTheSameProviderCounts() {
        Allocation ended = endedOn30June("c1");
        Allocation sameProvider = allocation("c1").assigned("2025-07-01").build();
        assertFlow(ended, sameProvider, 1, 0);
    }

    @Test
    void everyEndInTheYearIsEitherThroughflowOrOutflow() {
        List<Allocation> own = new ArrayList<>();
        List<Allocation> region = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Allocation ended = endedOn30June("c" + i);
            own.add(ended);
            region.add(ended);
            region.add(allocation("c" + i).assignedTo(OTHER_PROVIDER, i % 2 == 0 ? "2025-07-01" : "2025-02-01").build());
        }
        own.add(allocation("c9").assigned("2024-06-01").started("2024-06-01").stopped("2024-12-31", "19").build());
        assertThat(count("throughflow", own, region)).isEqualTo(3);
        assertThat(count("outflow", own, region)).isEqualTo(3);
    }
}
