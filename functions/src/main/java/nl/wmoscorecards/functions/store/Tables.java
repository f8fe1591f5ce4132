package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Creates the tables where they are missing (embedded runtime and tests), with the key layouts the item
 * classes declare ({@link ItemKeys}), which template.yaml declares the same way. In AWS the template creates them.
 */
public final class Tables {
    private Tables() {
    }

    public static void createIfMissing(DynamoDbClient client, TableNames names) {
        create(client, names.allocations(), AllocationMessageItem.KEYS);
        create(client, names.surveyResponses(), SurveyResponseItem.KEYS);
        create(client, names.kpiResults(), KpiResultItem.KEYS);
        create(client, names.kpiRuns(), KpiRunItem.KEYS);
        create(client, names.uploads(), UploadItem.KEYS);
        create(client, names.reportRows(), ReportRowItem.KEYS);
        create(client, names.escalations(), EscalationItem.KEYS);
        create(client, names.contractManagement(), ContractManagementItem.KEYS);
    }

    /**
     * DescribeTable, not ListTables: dynalite answers ListTables by walking its whole store, which took more
     * than eight minutes on a store holding the national data set; DescribeTable is one lookup.
     */
    private static boolean exists(DynamoDbClient client, String name) {
        try {
            client.describeTable(DescribeTableRequest.builder().tableName(name).build());
            return true;
        } catch (ResourceNotFoundException missing) {
            return false;
        }
    }

    private static void create(DynamoDbClient client, String name, ItemKeys keys) {
        if (exists(client, name)) {
            return;
        }
        try {
            client.createTable(request(name, keys));
        } catch (ResourceInUseException alreadyCreated) {
            return;
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(name));
    }

    /** On demand, as in template.yaml; every index projects all attributes. */
    static CreateTableRequest request(String name, ItemKeys keys) {
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (ItemKeys.Index index : keys.indexes()) {
            indexes.add(GlobalSecondaryIndex.builder().indexName(index.name())
                    .keySchema(keySchema(index.partition(), index.sort(), attributes))
                    .projection(p -> p.projectionType(ProjectionType.ALL)).build());
        }
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keySchema(keys.partition(), keys.sort(), attributes))
                .attributeDefinitions(attributes.values())
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .build();
    }

    private static List<KeySchemaElement> keySchema(ItemKeys.Key partition, ItemKeys.Key sort,
                                                    Map<String, AttributeDefinition> attributes) {
        List<KeySchemaElement> schema = new ArrayList<>();
        for (ItemKeys.Key key : sort == null ? List.of(partition) : List.of(partition, sort)) {
            attributes.put(key.name(), AttributeDefinition.builder().attributeName(key.name()).attributeType(key.type()).build());
            schema.add(KeySchemaElement.builder().attributeName(key.name())
                    .keyType(key == partition ? KeyType.HASH : KeyType.RANGE).build());
        }
        return schema;
    }
}
