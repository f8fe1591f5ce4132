package nl.wmoscorecards.functions.store;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The key layout of one table, declared beside its item class: what {@link Tables} creates (template.yaml declares
 * the same) and what the stores address items by.
 *
 * @param sort    the sort key, or null
 * @param indexes global secondary indexes, all attributes projected
 */
record ItemKeys(Key partition, Key sort, List<Index> indexes) {

    record Key(String name, ScalarAttributeType type) {
        static Key s(String name) {
            return new Key(name, ScalarAttributeType.S);
        }

        static Key n(String name) {
            return new Key(name, ScalarAttributeType.N);
        }
    }

    /** A global secondary index: its name and keys. */
    record Index(String name, Key partition, Key sort) {
    }

    static ItemKeys of(Key partition) {
        return new ItemKeys(partition, null, List.of());
    }

    static ItemKeys of(Key partition, Key sort) {
        return new ItemKeys(partition, sort, List.of());
    }

    /** The primary key of an item with this partition value (a table without a sort key). */
    Map<String, AttributeValue> key(AttributeValue partitionValue) {
        return Map.of(partition.name(), partitionValue);
    }

    Map<String, AttributeValue> key(String partitionValue, String sortValue) {
        return Map.of(partition.name(), AttributeValue.fromS(partitionValue), sort.name(), AttributeValue.fromS(sortValue));
    }

    /** The primary key of a stored item: its key attributes alone. */
    Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        return sort == null ? Map.of(partition.name(), item.get(partition.name()))
                : Map.of(partition.name(), item.get(partition.name()), sort.name(), item.get(sort.name()));
    }

    /** A Query of one partition (its items in sort-key order). */
    QueryRequest partition(String table, AttributeValue partitionValue) {
        return QueryRequest.builder().tableName(table).keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", partition.name()))
                .expressionAttributeValues(Map.of(":p", partitionValue)).build();
    }

    /** A Query of the items of one partition whose sort key starts with {@code prefix}. */
    QueryRequest sortBeginsWith(String table, String partitionValue, String prefix) {
        return QueryRequest.builder().tableName(table).keyConditionExpression("#p = :p AND begins_with(#s, :s)")
                .expressionAttributeNames(Map.of("#p", partition.name(), "#s", sort.name()))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partitionValue), ":s", AttributeValue.fromS(prefix)))
                .build();
    }
}
