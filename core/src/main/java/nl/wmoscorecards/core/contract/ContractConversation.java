package nl.wmoscorecards.core.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract-management conversation held with one provider (seeds 000 and 001): when, in which contracting
 * region, who held it, a short note, and the actions agreed, each with an owner and a deadline (the seed's
 * "Actiehouder" and "Deadline").
 *
 * @param heldBy who held it for the region (names as the contract manager writes them)
 */
public record ContractConversation(String id, LocalDate date, String contractingRegion, String provider, String heldBy,
                                   String note, List<Action> actions) {

    public ContractConversation {
        actions = actions == null ? List.of() : List.copyOf(actions);
        if (date == null || contractingRegion == null || contractingRegion.isBlank()) {
            throw new IllegalArgumentException("a contract-management conversation needs a date and a contracting region");
        }
        if (provider == null || !provider.matches("\\d{8}")) {
            throw new IllegalArgumentException("provider must be an 8-digit AGB code, got '" + provider + "'");
        }
        if (heldBy == null || heldBy.isBlank()) {
            throw new IllegalArgumentException("name who held the conversation with provider " + provider);
        }
        heldBy = FreeText.withoutBsn("who held it", heldBy);
        note = FreeText.withoutBsn("the note", note);
    }

    /** One id per provider, region and day; a second conversation on the same day gets a sequence number. */
    public static String idOf(String contractingRegion, String provider, LocalDate date, int sequence) {
        return contractingRegion + "-" + provider + "-" + date + (sequence <= 1 ? "" : "-" + sequence);
    }

    /** An action agreed in the conversation; owner and deadline may be left open. */
    public record Action(String description, String owner, LocalDate deadline) {
        public Action {
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("an action needs a description");
            }
            description = FreeText.withoutBsn("an action", description);
            owner = FreeText.withoutBsn("an action's owner", owner);
        }
    }
}
