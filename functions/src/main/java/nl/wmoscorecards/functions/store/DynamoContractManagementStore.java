package nl.wmoscorecards.functions.store;

import java.util.List;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.contract.ConversationStore;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.contract.RoundTableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract-management conversations and round tables in one DynamoDB table, per contracting region: a few
 * hundred records a region a year, written by hand, read a region at a time by the CLI and the internal site.
 */
public final class DynamoContractManagementStore extends DynamoTableStore implements ConversationStore, RoundTableStore {
    static final String CONVERSATION = "conversation#";
    static final String ROUND_TABLE = "round-table#";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public DynamoContractManagementStore(DynamoDbClient client, String tableName) {
        super(client, tableName);
    }

    @Override
    public void save(ContractConversation conversation) {
        put(conversation.contractingRegion(), CONVERSATION + conversation.date() + "#" + conversation.id(),
                conversation.provider(), JSON.writeValueAsString(conversation));
    }

    @Override
    public List<ContractConversation> conversationsOf(String contractingRegion) {
        return read(contractingRegion, CONVERSATION).stream()
                .map(body -> JSON.readValue(body, ContractConversation.class)).toList();
    }

    @Override
    public void save(RoundTableMeeting meeting) {
        put(meeting.contractingRegion(), ROUND_TABLE + meeting.date() + "#" + meeting.id(), null,
                JSON.writeValueAsString(meeting));
    }

    @Override
    public List<RoundTableMeeting> roundTablesOf(String contractingRegion) {
        return read(contractingRegion, ROUND_TABLE).stream()
                .map(body -> JSON.readValue(body, RoundTableMeeting.class)).toList();
    }

    private void put(String contractingRegion, String entry, String provider, String body) {
        client.putItem(r -> r.tableName(table).item(ContractManagementItem.toItem(contractingRegion, entry, provider, body)));
    }

    /** The records' bodies, from one Query (paged by the SDK), in sort-key order: by date. */
    private List<String> read(String contractingRegion, String kind) {
        return client.queryPaginator(ContractManagementItem.KEYS.sortBeginsWith(table, contractingRegion, kind))
                .items().stream().map(ContractManagementItem::body).toList();
    }
}
