package nl.wmoscorecards.core.allocation;

import java.time.LocalDate;

/** A 305 start zorg: the provider reports the actual start. A retraction (StatusAanlevering 3) removes it. */
public record StartZorg(
        MessageStamp stamp,
        AllocationKey key,
        String provider,
        LocalDate startDate,
        boolean retraction) implements AllocationEvent {

    @Override
    public MessageType type() {
        return MessageType.START_ZORG_305;
    }
}
