package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Escalations in DynamoDB, one item each, written only if unchanged since read. */
public final class DynamoEscalationStore extends DynamoTableStore implements EscalationStore {
    /** Keys per BatchGetItem call: DynamoDB's limit. */
    private static final int BATCH_GET_LIMIT = 100;
    private static final Map<String, String> VERSION = Map.of("#version", EscalationItem.VERSION);

    public DynamoEscalationStore(DynamoDbClient client, String tableName) {
        super(client, tableName);
    }

    @Override
    public Optional<Escalation> find(String id) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table).key(key(id))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(EscalationItem.fromItem(item));
    }

    /** BatchGetItem, 100 keys a call, asking again for the keys a call left unprocessed. */
    @Override
    public Map<String, Escalation> findAll(Collection<String> ids) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, Escalation> found = new HashMap<>();
        for (int from = 0; from < unique.size(); from += BATCH_GET_LIMIT) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            unique.subList(from, Math.min(unique.size(), from + BATCH_GET_LIMIT)).forEach(id -> keys.add(key(id)));
            Map<String, KeysAndAttributes> wanted = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
            while (!wanted.isEmpty()) {
                Map<String, KeysAndAttributes> request = wanted;
                BatchGetItemResponse response = client.batchGetItem(r -> r.requestItems(request));
                response.responses().getOrDefault(table, List.of()).forEach(item -> {
                    Escalation escalation = EscalationItem.fromItem(item);
                    found.put(escalation.id(), escalation);
                });
                wanted = response.unprocessedKeys();
            }
        }
        return found;
    }

    @Override
    public List<Escalation> all() {
        return client.scanPaginator(r -> r.tableName(table)).items().stream().map(EscalationItem::fromItem)
                .sorted(Comparator.comparing(Escalation::id)).toList();
    }

    /** Written only if the stored version is still the one read (or, for a new escalation, if none is stored). */
    @Override
    public Escalation save(Escalation e) {
        try {
            if (e.version() == 0) {
                client.putItem(r -> r.tableName(table).item(EscalationItem.toItem(e))
                        .conditionExpression("attribute_not_exists(#version)").expressionAttributeNames(VERSION));
            } else {
                client.putItem(r -> r.tableName(table).item(EscalationItem.toItem(e))
                        .conditionExpression("#version = :read").expressionAttributeNames(VERSION)
                        .expressionAttributeValues(Map.of(":read", AttributeValue.fromN(Long.toString(e.version())))));
            }
        } catch (ConditionalCheckFailedException changed) {
            throw new ConcurrentChange(e.id());
        }
        return new Escalation(e.id(), e.contractingRegion(), e.provider(), e.year(), e.state(), e.shortfalls(),
                e.planDue(), e.realisationDeadline(), e.clientStop(), e.history(), e.version() + 1);
    }

    private static Map<String, AttributeValue> key(String id) {
        return EscalationItem.KEYS.key(AttributeValue.fromS(id));
    }
}
