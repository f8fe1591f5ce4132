package nl.wmoscorecards.core.allocation;

import java.time.LocalDate;

/** A 307 stop zorg: the provider reports the end and its reason (WMO588). A retraction removes it. */
public record StopZorg(
        MessageStamp stamp,
        AllocationKey key,
        String provider,
        LocalDate endDate,
        String reason,
        boolean retraction) implements AllocationEvent {

    @Override
    public MessageType type() {
        return MessageType.STOP_ZORG_307;
    }
}
