package nl.wmoscorecards.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Message precedence: latest sentAt wins per type, ties by the greater id, ids seen are ignored. */
class MessagePrecedenceTest {
    private static final AllocationKey KEY = new AllocationKey("0479", "100");

    private static StartZorg start(String sentAt, String id, String date) {
        return new StartZorg(new MessageStamp(Instant.parse(sentAt), id), KEY, "12345678", LocalDate.parse(date), false);
    }

    private static Toewijzing assign(String sentAt, String id, String date) {
        return new Toewijzing(new MessageStamp(Instant.parse(sentAt), id), KEY, "12345678", "p", "02", null,
                LocalDate.parse(date), null, null);
    }

    private static void assertStartDateInEitherOrder(StartZorg one, StartZorg other, String expectedStartDate) {
        assertThat(Allocation.empty(KEY).apply(one).apply(other).actualStartDate()).isEqualTo(expectedStartDate);
        assertThat(Allocation.empty(KEY).apply(other).apply(one).actualStartDate()).isEqualTo(expectedStartDate);
    }

    @Test
    void theLatestSentMessageWinsWhateverTheArrivalOrder() {
        StartZorg early = start("2025-03-01T10:00:00Z", "1", "2025-03-01");
        StartZorg late = start("2025-03-05T10:00:00Z", "2", "2025-03-04");
        assertStartDateInEitherOrder(early, late, "2025-03-04");
    }

    @Test
    void onATieTheGreaterMessageIdWinsNumerically() {
        StartZorg nine = start("2025-03-01T00:00:00Z", "9", "2025-03-09");
        StartZorg ten = start("2025-03-01T00:00:00Z", "10", "2025-03-10");
        assertStartDateInEitherOrder(nine, ten, "2025-03-10");
    }

    @Test
    void aMessageIdSeenBeforeIsIgnoredEvenWithOtherContent() {
        StartZorg first = start("2025-03-01T00:00:00Z", "7", "2025-03-01");
        StartZorg sameIdLater = start("2025-04-01T00:00:00Z", "7", "2025-04-01");
        assertThat(Allocation.empty(KEY).apply(first).apply(sameIdLater).actualStartDate()).isEqualTo("2025-03-01");
    }

    @Test
    void aRetractionRemovesTheStartAndALaterStartRestoresIt() {
        StartZorg s = start("2025-03-01T00:00:00Z", "1", "2025-03-01");
        StartZorg retract = new StartZorg(new MessageStamp(Instant.parse("2025-03-02T00:00:00Z"), "2"), KEY, "12345678", null, true);
        StartZorg again = start("2025-03-03T00:00:00Z", "3", "2025-03-02");
        assertThat(Allocation.empty(KEY).apply(s).apply(retract).actualStartDate()).isNull();
        assertThat(Allocation.empty(KEY).apply(again).apply(retract).apply(s).actualStartDate()).isEqualTo("2025-03-02");
    }

    @Test
    void a305BeforeIts301IsKeptAndTheAllocationCountsOnceThe301Arrives() {
        Allocation early = Allocation.empty(KEY).apply(start("2025-03-05T00:00:00Z", "5", "2025-03-04"));
        assertThat(early.isCountable()).isFalse();
        Allocation complete = early.apply(assign("2025-03-01T00:00:00Z", "1", "2025-03-01"));
        assertThat(complete.isCountable()).isTrue();
        assertThat(complete.actualStartDate()).isEqualTo("2025-03-04");
    }

    @Test
    void anyOrderAndAnyRepetitionGiveTheSameAllocation() {
        List<AllocationEvent> events = List.of(
                assign("2025-03-01T00:00:00Z", "1", "2025-03-01"),
                assign("2025-03-02T00:00:00Z", "2", "2025-03-02"),
                start("2025-03-05T00:00:00Z", "3", "2025-03-04"),
                start("2025-03-06T00:00:00Z", "4", "2025-03-05"),
                new StopZorg(new MessageStamp(Instant.parse("2025-06-01T00:00:00Z"), "5"), KEY, "12345678",
                        LocalDate.parse("2025-05-30"), "19", false));
        Allocation ordered = Allocation.empty(KEY).applyAll(events);
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            List<AllocationEvent> shuffled = ArrivalOrders.shuffledWithRepeats(events, random);
            assertThat(Allocation.empty(KEY).applyAll(shuffled)).isEqualTo(ordered);
        }
    }
}
