package nl.wmoscorecards.core.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory conversations and round tables, for fast unit tests. */
final class InMemoryContractStores implements ConversationStore, RoundTableStore {
    private final Map<String, ContractConversation> conversations = new LinkedHashMap<>();
    private final Map<String, RoundTableMeeting> meetings = new LinkedHashMap<>();

    @Override
    public void save(ContractConversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    @Override
    public List<ContractConversation> conversationsOf(String contractingRegion) {
        return new ArrayList<>(conversations.values().stream().filter(c -> c.contractingRegion().equals(contractingRegion))
                .sorted(Comparator.comparing(ContractConversation::date)).toList());
    }

    @Override
    public void save(RoundTableMeeting meeting) {
        meetings.put(meeting.id(), meeting);
    }

    @Override
    public List<RoundTableMeeting> roundTablesOf(String contractingRegion) {
        return meetings.values().stream().filter(m -> m.contractingRegion().equals(contractingRegion)).toList();
    }
}
