package nl.wmoscorecards.core.allocation;

/**
 * One message about one allocation, already validated and pseudonymised: no BSN, name or address
 * ever gets this far.
 */
public sealed interface AllocationEvent
        permits Toewijzing, StartZorg, StopZorg, Evaluation {

    MessageType type();

    MessageStamp stamp();

    AllocationKey key();

    /** The provider (AGB code) that sent or received the message. */
    String provider();

    /**
     * Message ids are unique per sender and type, so "seen before" is judged per type, and for the messages a
     * provider sends per provider too: another provider's message with the same id can never hide this one's.
     */
    default String seenKey() {
        String sender = type().sentByProvider() ? provider() + "/" : "";
        return type().code() + "/" + sender + stamp().messageId();
    }
}
