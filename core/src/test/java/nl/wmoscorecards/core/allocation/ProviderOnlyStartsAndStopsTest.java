package nl.wmoscorecards.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Only the provider of an allocation's 301 may start or stop it, whatever the arrival order of the messages. */
class ProviderOnlyStartsAndStopsTest {
    private static final AllocationKey KEY = new AllocationKey("0479", "101");
    private static final String PROVIDER = "12345678";
    private static final String OTHER = "87654321";

    private static Toewijzing assign(String provider) {
        return new Toewijzing(new MessageStamp(Instant.parse("2025-03-01T09:00:00Z"), "T1"), KEY, provider, "p", "02",
                null, LocalDate.parse("2025-03-03"), null, null);
    }

    private static StartZorg start(String provider, String sentAt, String id, String date) {
        return new StartZorg(new MessageStamp(Instant.parse(sentAt), id), KEY, provider, LocalDate.parse(date), false);
    }

    private static StopZorg stop(String provider, String sentAt, String id, String date) {
        return new StopZorg(new MessageStamp(Instant.parse(sentAt), id), KEY, provider, LocalDate.parse(date), "19", false);
    }

    @Test
    void anotherProvidersStartNeverCountsWhetherItCameBeforeOrAfterThe301() {
        StartZorg foreign = start(OTHER, "2025-03-05T00:00:00Z", "S1", "2025-03-04");

        Allocation after301 = Allocation.empty(KEY).apply(assign(PROVIDER)).apply(foreign);
        Allocation before301 = Allocation.empty(KEY).apply(foreign).apply(assign(PROVIDER));

        for (Allocation allocation : List.of(after301, before301)) {
            assertThat(allocation.isCountable()).isTrue();
            assertThat(allocation.start()).isNull();
            assertThat(allocation.actualStartDate()).isNull();
            assertThat(allocation.leftOut()).containsExactly(
                    new LeftOutMessage(MessageType.START_ZORG_305, foreign.stamp(), OTHER));
        }
        assertThat(after301).isEqualTo(before301);
    }

    @Test
    void theProvidersOwnStartCountsEvenWhenAnotherProvidersIsSentLater() {
        StartZorg own = start(PROVIDER, "2025-03-05T00:00:00Z", "S1", "2025-03-04");
        StartZorg laterForeign = start(OTHER, "2025-03-09T00:00:00Z", "S2", "2025-03-08");

        Allocation allocation = Allocation.empty(KEY).applyAll(List.of(laterForeign, own, assign(PROVIDER)));

        assertThat(allocation.actualStartDate()).isEqualTo("2025-03-04");
        assertThat(allocation.leftOut()).extracting(LeftOutMessage::sender).containsExactly(OTHER);
    }

    @Test
    void anotherProvidersStopNeverEndsTheAllocation() {
        Allocation allocation = Allocation.empty(KEY)
                .applyAll(List.of(stop(OTHER, "2025-06-01T00:00:00Z", "E1", "2025-05-30"), assign(PROVIDER)));

        assertThat(allocation.stop()).isNull();
        assertThat(allocation.actualEndDate()).isNull();
        assertThat(allocation.leftOut()).extracting(LeftOutMessage::type).containsExactly(MessageType.STOP_ZORG_307);
    }

    @Test
    void anotherProvidersMessageWithTheSameIdDoesNotHideTheProvidersOwn() {
        StartZorg foreign = start(OTHER, "2025-03-05T00:00:00Z", "7", "2025-03-04");
        StartZorg own = start(PROVIDER, "2025-03-06T00:00:00Z", "7", "2025-03-05");

        Allocation allocation = Allocation.empty(KEY).apply(foreign).apply(own).apply(assign(PROVIDER));

        assertThat(allocation.actualStartDate()).isEqualTo("2025-03-05");
    }

    @Test
    void withoutAnyOtherSenderNothingIsLeftOut() {
        Allocation allocation = Allocation.empty(KEY).applyAll(List.of(assign(PROVIDER),
                start(PROVIDER, "2025-03-05T00:00:00Z", "S1", "2025-03-04"),
                stop(PROVIDER, "2025-06-01T00:00:00Z", "E1", "2025-05-30")));

        assertThat(allocation.leftOut()).isEmpty();
        assertThat(LeftOutMessages.of("zaanstad-wormerland", List.of(allocation)).isEmpty()).isTrue();
    }

    @Test
    void anyOrderOfMixedSendersGivesTheSameAllocation() {
        List<AllocationEvent> events = List.of(assign(PROVIDER),
                start(PROVIDER, "2025-03-05T00:00:00Z", "S1", "2025-03-04"),
                start(OTHER, "2025-03-06T00:00:00Z", "S9", "2025-03-05"),
                start(OTHER, "2025-03-07T00:00:00Z", "S10", "2025-03-06"),
                stop(OTHER, "2025-05-01T00:00:00Z", "E9", "2025-04-30"),
                stop(PROVIDER, "2025-06-01T00:00:00Z", "E1", "2025-05-30"));
        Allocation ordered = Allocation.empty(KEY).applyAll(events);
        Random random = new Random(13);
        for (int i = 0; i < 50; i++) {
            List<AllocationEvent> shuffled = ArrivalOrders.shuffledWithRepeats(events, random);
            Allocation folded = Allocation.empty(KEY);
            for (AllocationEvent event : shuffled) {
                folded = folded.apply(event);
            }
            assertThat(folded).isEqualTo(ordered);
        }
        assertThat(ordered.actualStartDate()).isEqualTo("2025-03-04");
        assertThat(ordered.actualEndDate()).isEqualTo("2025-05-30");
        assertThat(ordered.leftOut()).extracting(m -> m.stamp().messageId()).containsExactly("S10", "E9");
    }

    @Test
    void theRunsReportNamesTheAllocationTheSenderAndThe301sProvider() {
        StartZorg foreign = start(OTHER, "2025-03-05T00:00:00Z", "S1", "2025-03-04");
        Allocation allocation = Allocation.empty(KEY).applyAll(List.of(foreign, assign(PROVIDER)));
        Allocation withoutA301 = Allocation.empty(new AllocationKey("0479", "102"))
                .apply(new StartZorg(foreign.stamp(), new AllocationKey("0479", "102"), OTHER, foreign.startDate(), false));

        LeftOutMessages report = LeftOutMessages.of("zaanstad-wormerland", List.of(allocation, withoutA301));

        assertThat(report.count()).isEqualTo(1);
        assertThat(report.entries().get(0).describe())
                .contains("0479/101").contains("305").contains("S1").contains(OTHER).contains(PROVIDER);
        assertThat(report.toJson()).contains("\"allocationNumber\" : \"101\"").contains("\"sender\" : \"87654321\"")
                .contains("\"provider\" : \"12345678\"").contains("\"type\" : \"305\"");
    }
}
