package nl.wmoscorecards.core.contract;

import java.time.LocalDate;
import java.util.List;
import nl.wmoscorecards.core.region.RegionCatalog;

/** Records contract-management conversations: the use case behind `scorecards conversation record`. */
public final class ConversationLog {
    private final ConversationStore store;
    private final RegionCatalog regions;

    public ConversationLog(ConversationStore store, RegionCatalog regions) {
        this.store = store;
        this.regions = regions;
    }

    /** Stores a new conversation; a second one with the same provider on the same day gets its own id. */
    public ContractConversation record(LocalDate date, String contractingRegion, String provider, String heldBy,
                                       String note, List<ContractConversation.Action> actions) {
        regions.contractingRegion(contractingRegion); // an unknown region fails here, naming it
        List<ContractConversation> earlier = store.conversationsOf(contractingRegion);
        int sequence = 1;
        while (sequence < 1000) {
            String id = ContractConversation.idOf(contractingRegion, provider, date, sequence);
            if (earlier.stream().noneMatch(c -> c.id().equals(id))) {
                break;
            }
            sequence++;
        }
        ContractConversation conversation = new ContractConversation(
                ContractConversation.idOf(contractingRegion, provider, date, sequence), date, contractingRegion,
                provider, heldBy, note, actions);
        store.save(conversation);
        return conversation;
    }
}
