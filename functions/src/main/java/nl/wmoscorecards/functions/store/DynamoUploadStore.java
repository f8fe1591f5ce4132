package nl.wmoscorecards.functions.store;

import java.util.List;
import java.util.Optional;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.core.upload.UploadStore;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Upload records in DynamoDB. Both writes are conditional, so a reused id or a redelivered ingest event
 * never overwrites a record: create requires a new id, complete requires the record to be pending.
 */
public final class DynamoUploadStore implements UploadStore {
    static final TableSchema<UploadItem> SCHEMA = TableSchema.fromBean(UploadItem.class);
    private static final Expression IS_NEW = Expression.builder().expression("attribute_not_exists(uploadId)").build();
    private static final Expression IS_PENDING = Expression.builder()
            .expression("#status = :pending")
            .putExpressionName("#status", "status")
            .putExpressionValue(":pending", AttributeValue.fromS(UploadStatus.PENDING.name()))
            .build();
    private final DynamoDbTable<UploadItem> table;

    public DynamoUploadStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this.table = enhanced.table(tableName, SCHEMA);
    }

    @Override
    public void create(Upload upload) {
        try {
            table.putItem(r -> r.item(UploadItem.from(upload)).conditionExpression(IS_NEW));
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("upload " + upload.uploadId() + " exists already", e);
        }
    }

    @Override
    public Optional<Upload> find(String uploadId) {
        return Optional.ofNullable(table.getItem(r -> r.key(key(uploadId)).consistentRead(true)))
                .map(UploadItem::toUpload);
    }

    @Override
    public boolean complete(Upload completed) {
        if (completed.status() == UploadStatus.PENDING) {
            throw new IllegalArgumentException("an upload is completed as accepted or rejected, not pending");
        }
        try {
            table.putItem(r -> r.item(UploadItem.from(completed)).conditionExpression(IS_PENDING));
            return true;
        } catch (ConditionalCheckFailedException notPendingOrMissing) {
            return false;
        }
    }

    @Override
    public List<Upload> uploadsOf(String provider) {
        QueryEnhancedRequest newestFirst = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(provider).build()))
                .scanIndexForward(false)
                .build();
        return table.index(UploadItem.BY_PROVIDER).query(newestFirst).stream()
                .flatMap(page -> page.items().stream())
                .map(UploadItem::toUpload)
                .toList();
    }

    private static Key key(String uploadId) {
        return Key.builder().partitionValue(uploadId).build();
    }
}
