package nl.wmoscorecards.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import org.junit.jupiter.api.Test;

/** A stored message reads back as exactly the event that was written, whatever its times look like. */
class AllocationMessageItemTest {
    private static final AllocationKey KEY = new AllocationKey("0479", "300201");

    @Test
    void everyKindOfMessageRoundTrips() {
        List<String> times = List.of("2025-03-07T10:00:00Z", "2025-03-07T10:00:00.123Z", "1969-12-31T23:59:59Z",
                "2024-02-29T00:00:00Z", "2025-12-31T23:59:59.999999999Z");
        for (String time : times) {
            MessageStamp stamp = new MessageStamp(Instant.parse(time), "M" + time.hashCode());
            List<AllocationEvent> events = List.of(
                    new Toewijzing(stamp, KEY, "12345678", "pseudonym", "02", "02A01", LocalDate.of(2025, 3, 1),
                            LocalDate.of(2025, 12, 31), "13"),
                    new Toewijzing(stamp, KEY, "12345678", "pseudonym", "02", null, LocalDate.of(2025, 3, 1), null, null),
                    new StartZorg(stamp, KEY, "12345678", LocalDate.of(2025, 3, 5), false),
                    new StartZorg(stamp, KEY, "12345678", null, true),
                    new StopZorg(stamp, KEY, "12345678", LocalDate.of(2026, 1, 2), "19", false),
                    new Evaluation(stamp, KEY, "12345678", LocalDate.of(2025, 11, 30), EvaluationResult.NOT_ACHIEVED,
                            NonAchievementCause.PROVIDER, Map.of("1", EvaluationResult.ACHIEVED)));
            for (AllocationEvent event : events) {
                assertThat(AllocationMessageItem.fromItem(AllocationMessageItem.toItem(event))).as(time).isEqualTo(event);
            }
        }
    }
}
