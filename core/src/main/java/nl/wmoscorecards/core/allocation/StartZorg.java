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

    /**
     * Message ids are unique per sender, so the sender is part of the identity: another provider's message with
     * the same id can never hide this provider's.
     */
    @Override
    public String seenKey() {
        return type().code() + "/" + provider + "/" + stamp.messageId();
    }
}
