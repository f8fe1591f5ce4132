package nl.wmoscorecards.functions.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What every store over one DynamoDB table holds: the client and the table's name. */
abstract class DynamoTableStore {
    final DynamoDbClient client;
    final String table;

    DynamoTableStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.table = tableName;
    }
}
