package nl.wmoscorecards.functions.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.EscalationStore;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Escalations in DynamoDB, one item each, written only if unchanged since read. */
public final class DynamoEscalationStore implements EscalationStore {
    static final TableSchema<EscalationItem> SCHEMA = TableSchema.fromBean(EscalationItem.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Keys per BatchGetItem call: DynamoDB's limit. */
    private static final int BATCH_GET_LIMIT = 100;
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<EscalationItem> table;

    public DynamoEscalationStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this.enhanced = enhanced;
        this.table = enhanced.table(tableName, SCHEMA);
    }

    @Override
    public Optional<Escalation> find(String id) {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(id).build())).map(DynamoEscalationStore::toEscalation);
    }

    /** BatchGetItem, 100 keys a call; the Enhanced Client asks again for the keys a call left unprocessed. */
    @Override
    public Map<String, Escalation> findAll(Collection<String> ids) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, Escalation> found = new HashMap<>();
        for (int from = 0; from < unique.size(); from += BATCH_GET_LIMIT) {
            ReadBatch.Builder<EscalationItem> batch = ReadBatch.builder(EscalationItem.class).mappedTableResource(table);
            unique.subList(from, Math.min(unique.size(), from + BATCH_GET_LIMIT))
                    .forEach(id -> batch.addGetItem(Key.builder().partitionValue(id).build()));
            enhanced.batchGetItem(r -> r.readBatches(batch.build())).resultsForTable(table)
                    .forEach(item -> found.put(item.getId(), toEscalation(item)));
        }
        return found;
    }

    @Override
    public List<Escalation> all() {
        return table.scan().items().stream().map(DynamoEscalationStore::toEscalation)
                .sorted(Comparator.comparing(Escalation::id)).toList();
    }

    @Override
    public Escalation save(Escalation e) {
        EscalationItem item = new EscalationItem();
        item.setId(e.id());
        item.setContractingRegion(e.contractingRegion());
        item.setProvider(e.provider());
        item.setYear(e.year());
        item.setState(e.state().name());
        item.setPlanDue(e.planDue() == null ? null : e.planDue().toString());
        item.setRealisationDeadline(e.realisationDeadline() == null ? null : e.realisationDeadline().toString());
        item.setClientStop(e.clientStop());
        item.setShortfalls(JSON.writeValueAsString(e.shortfalls()));
        item.setHistory(JSON.writeValueAsString(e.history()));
        item.setVersion(e.version() == 0 ? null : e.version());
        try {
            table.putItem(item);
        } catch (ConditionalCheckFailedException changed) {
            throw new ConcurrentChange(e.id());
        }
        return new Escalation(e.id(), e.contractingRegion(), e.provider(), e.year(), e.state(), e.shortfalls(),
                e.planDue(), e.realisationDeadline(), e.clientStop(), e.history(), e.version() + 1);
    }

    private static Escalation toEscalation(EscalationItem i) {
        return new Escalation(i.getId(), i.getContractingRegion(), i.getProvider(), i.getYear(),
                EscalationState.valueOf(i.getState()),
                JSON.readValue(i.getShortfalls(), new TypeReference<List<Shortfall>>() { }),
                i.getPlanDue() == null ? null : LocalDate.parse(i.getPlanDue()),
                i.getRealisationDeadline() == null ? null : LocalDate.parse(i.getRealisationDeadline()),
                Boolean.TRUE.equals(i.getClientStop()),
                JSON.readValue(i.getHistory(), new TypeReference<List<Transition>>() { }),
                i.getVersion());
    }
}
