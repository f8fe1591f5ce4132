package nl.wmoscorecards.core.contract;

import java.util.List;

/** The contract-management conversations held, per contracting region. */
public interface ConversationStore {

    /** Stores the conversation, replacing one stored earlier under the same id (a correction). */
    void save(ContractConversation conversation);

    /** The conversations of a contracting region, oldest first. */
    List<ContractConversation> conversationsOf(String contractingRegion);
}
