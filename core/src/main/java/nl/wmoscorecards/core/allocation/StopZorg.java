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

    /**
     * Message ids are unique per sender, so the sender is part of the identity: another provider's message with
     * the same id can never hide this provider's.
     */
    @Override
    public String seenKey() {
        return type().code() + "/" + provider + "/" + stamp.messageId();
    }
}
