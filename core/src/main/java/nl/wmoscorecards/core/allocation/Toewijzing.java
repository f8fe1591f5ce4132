package nl.wmoscorecards.core.allocation;

import java.time.LocalDate;

/**
 * A 301 toewijzing: the municipality assigns a client (by pseudonym) to a provider for a product.
 *
 * @param changeReason RedenWijziging, when the 301 changes an earlier allocation (13 = deleted)
 */
public record Toewijzing(
        MessageStamp stamp,
        AllocationKey key,
        String provider,
        String clientPseudonym,
        String productCategory,
        String productCode,
        LocalDate startDate,
        LocalDate endDate,
        String changeReason) implements AllocationEvent {

    public static final String REASON_DELETED = "13";

    @Override
    public MessageType type() {
        return MessageType.TOEWIJZING_301;
    }

    /** iWmo deletes an allocation with end date = start date and RedenWijziging 13. */
    public boolean isDeletion() {
        return REASON_DELETED.equals(changeReason) && startDate.equals(endDate);
    }
}
