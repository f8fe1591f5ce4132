package nl.wmoscorecards.functions.store;

import java.util.List;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.contract.ConversationStore;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.contract.RoundTableStore;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract-management conversations and round tables in one DynamoDB table, per contracting region: a few
 * hundred records a region a year, written by hand, read a region at a time by the CLI and the internal site.
 */
public final class DynamoContractManagementStore implements ConversationStore, RoundTableStore {
    static final TableSchema<ContractManagementItem> SCHEMA = TableSchema.fromBean(ContractManagementItem.class);
    static final String CONVERSATION = "conversation#";
    static final String ROUND_TABLE = "round-table#";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DynamoDbTable<ContractManagementItem> table;

    public DynamoContractManagementStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this.table = enhanced.table(tableName, SCHEMA);
    }

    @Override
    public void save(ContractConversation conversation) {
        put(conversation.contractingRegion(), CONVERSATION + conversation.date() + "#" + conversation.id(),
                conversation.provider(), JSON.writeValueAsString(conversation));
    }

    @Override
    public List<ContractConversation> conversationsOf(String contractingRegion) {
        return read(contractingRegion, CONVERSATION).stream()
                .map(i -> JSON.readValue(i.getBody(), ContractConversation.class)).toList();
    }

    @Override
    public void save(RoundTableMeeting meeting) {
        put(meeting.contractingRegion(), ROUND_TABLE + meeting.date() + "#" + meeting.id(), null,
                JSON.writeValueAsString(meeting));
    }

    @Override
    public List<RoundTableMeeting> roundTablesOf(String contractingRegion) {
        return read(contractingRegion, ROUND_TABLE).stream()
                .map(i -> JSON.readValue(i.getBody(), RoundTableMeeting.class)).toList();
    }

    private void put(String contractingRegion, String entry, String provider, String body) {
        ContractManagementItem item = new ContractManagementItem();
        item.setContractingRegion(contractingRegion);
        item.setEntry(entry);
        item.setProvider(provider);
        item.setBody(body);
        table.putItem(item);
    }

    /** One Query (paged by the SDK), in sort-key order: by date. */
    private List<ContractManagementItem> read(String contractingRegion, String kind) {
        return table.query(QueryConditional.sortBeginsWith(Key.builder().partitionValue(contractingRegion)
                .sortValue(kind).build())).items().stream().toList();
    }
}
