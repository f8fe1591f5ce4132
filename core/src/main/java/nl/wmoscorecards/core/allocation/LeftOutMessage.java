package nl.wmoscorecards.core.allocation;

/**
 * A 305 or 307 that an allocation does not count because its sender (AGB code) is not the provider of the
 * allocation's 301: only the allocation's provider may start or stop it.
 */
public record LeftOutMessage(MessageType type, MessageStamp stamp, String sender) {
}
