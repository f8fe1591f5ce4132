package nl.wmoscorecards.functions.store;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.CreateTableEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Creates the tables where they are missing (embedded runtime and tests), with the key schemas of the
 * item classes, which template.yaml declares the same way. In AWS the template creates them.
 */
public final class Tables {
    private Tables() {
    }

    public static void createIfMissing(DynamoDbClient client, TableNames names) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        create(client, enhanced, names.allocations(), DynamoAllocationStore.SCHEMA);
        create(client, enhanced, names.surveyResponses(), DynamoSurveyResponseStore.SCHEMA);
        create(client, enhanced, names.kpiResults(), DynamoKpiResultStore.RESULT_SCHEMA);
        create(client, enhanced, names.kpiRuns(), DynamoKpiResultStore.RUN_SCHEMA);
        create(client, enhanced, names.uploads(), DynamoUploadStore.SCHEMA, CreateTableEnhancedRequest.builder()
                .globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder().indexName(UploadItem.BY_PROVIDER)
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .build());
        create(client, enhanced, names.reportRows(), DynamoReportRowStore.SCHEMA);
        create(client, enhanced, names.escalations(), DynamoEscalationStore.SCHEMA);
        create(client, enhanced, names.contractManagement(), DynamoContractManagementStore.SCHEMA);
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

    private static <T> void create(DynamoDbClient client, DynamoDbEnhancedClient enhanced, String name, TableSchema<T> schema) {
        create(client, enhanced, name, schema, CreateTableEnhancedRequest.builder().build());
    }

    private static <T> void create(DynamoDbClient client, DynamoDbEnhancedClient enhanced, String name,
                                   TableSchema<T> schema, CreateTableEnhancedRequest request) {
        if (exists(client, name)) {
            return;
        }
        try {
            enhanced.table(name, schema).createTable(request); // on-demand, as in template.yaml
        } catch (ResourceInUseException alreadyCreated) {
            return;
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(name));
    }
}
