package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.core.upload.UploadStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Upload records in DynamoDB. Both writes are conditional, so a reused id or a redelivered ingest event
 * never overwrites a record: create requires a new id, complete requires the record to be pending.
 */
public final class DynamoUploadStore extends DynamoTableStore implements UploadStore {
    private static final String IS_NEW = "attribute_not_exists(uploadId)";
    private static final String IS_PENDING = "#status = :pending";
    private static final Map<String, String> STATUS = Map.of("#status", "status");
    private static final Map<String, AttributeValue> PENDING = Map.of(":pending", AttributeValue.fromS(UploadStatus.PENDING.name()));
    private static final long FITS = ItemSize.SAFE_BYTES;

    public DynamoUploadStore(DynamoDbClient client, String tableName) {
        super(client, tableName);
    }

    @Override
    public void create(Upload upload) {
        try {
            client.putItem(r -> r.tableName(table).item(fitted(upload)).conditionExpression(IS_NEW));
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("upload " + upload.uploadId() + " exists already", e);
        }
    }

    @Override
    public Optional<Upload> find(String uploadId) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table)
                .key(UploadItem.KEYS.key(AttributeValue.fromS(uploadId))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(UploadItem.fromItem(item));
    }

    @Override
    public boolean complete(Upload completed) {
        if (completed.status() == UploadStatus.PENDING) {
            throw new IllegalArgumentException("an upload is completed as accepted or rejected, not pending");
        }
        try {
            client.putItem(r -> r.tableName(table).item(fitted(completed)).conditionExpression(IS_PENDING)
                    .expressionAttributeNames(STATUS).expressionAttributeValues(PENDING));
            return true;
        } catch (ConditionalCheckFailedException notPendingOrMissing) {
            return false;
        }
    }

    @Override
    public List<Upload> uploadsOf(String provider) {
        List<Upload> uploads = new ArrayList<>();
        client.queryPaginator(r -> r.tableName(table).indexName(UploadItem.BY_PROVIDER)
                        .keyConditionExpression("#provider = :provider")
                        .expressionAttributeNames(Map.of("#provider", "provider"))
                        .expressionAttributeValues(Map.of(":provider", AttributeValue.fromS(provider)))
                        .scanIndexForward(false)) // newest first
                .items().forEach(item -> uploads.add(UploadItem.fromItem(item)));
        return uploads;
    }

    /**
     * The item, measured before it is written: when its problems would pass DynamoDB's item limit, the last
     * ones give way to one line that counts them, so the outcome is always recorded (never "pending" for good).
     */
    static Map<String, AttributeValue> fitted(Upload upload) {
        Map<String, AttributeValue> item = UploadItem.toItem(upload);
        List<ReportProblem> problems = upload.problems();
        int kept = problems.size();
        while (ItemSize.of(item) > FITS && kept > 0) {
            kept = kept > 16 ? kept * 3 / 4 : kept - 1;
            List<ReportProblem> shortened = new ArrayList<>(problems.subList(0, kept));
            int dropped = problems.size() - kept;
            shortened.add(new ReportProblem(null, null, null, "En nog " + dropped + " meldingen die hier niet passen."
                    + " Herstel eerst de fouten hierboven en upload het bestand opnieuw.",
                    dropped + " problems dropped to fit the item size limit"));
            item = UploadItem.toItem(upload.completed(upload.status(), shortened, upload.rowCount(), upload.contentHash(),
                    upload.completedAt(), upload.duplicateOf()));
        }
        return item;
    }
}
