package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmoscorecards.core.report.ReportProblem;
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
    private static final long FITS = ItemSize.SAFE_BYTES;
    private final DynamoDbTable<UploadItem> table;

    public DynamoUploadStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this.table = enhanced.table(tableName, SCHEMA);
    }

    @Override
    public void create(Upload upload) {
        try {
            table.putItem(r -> r.item(fitted(upload)).conditionExpression(IS_NEW));
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
            table.putItem(r -> r.item(fitted(completed)).conditionExpression(IS_PENDING));
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

    /**
     * The item, measured before it is written: when its problems would pass DynamoDB's item limit, the last
     * ones give way to one line that counts them, so the outcome is always recorded (never "pending" for good).
     */
    static UploadItem fitted(Upload upload) {
        UploadItem item = UploadItem.from(upload);
        List<ReportProblem> problems = upload.problems();
        int kept = problems.size();
        while (ItemSize.of(SCHEMA.itemToMap(item, true)) > FITS && kept > 0) {
            kept = kept > 16 ? kept * 3 / 4 : kept - 1;
            List<ReportProblem> shortened = new ArrayList<>(problems.subList(0, kept));
            int dropped = problems.size() - kept;
            shortened.add(new ReportProblem(null, null, null, "En nog " + dropped + " meldingen die hier niet passen."
                    + " Herstel eerst de fouten hierboven en upload het bestand opnieuw.",
                    dropped + " problems dropped to fit the item size limit"));
            item = UploadItem.from(upload.completed(upload.status(), shortened, upload.rowCount(), upload.contentHash(),
                    upload.completedAt(), upload.duplicateOf()));
        }
        return item;
    }

    private static Key key(String uploadId) {
        return Key.builder().partitionValue(uploadId).build();
    }
}
