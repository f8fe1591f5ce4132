package nl.wmoscorecards.functions.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wmoscorecards.core.report.ReportColumn;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.core.report.RowTooLarge;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.Upload;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Report rows in DynamoDB: one partition per provider, type and period, so a report is one Query. */
public final class DynamoReportRowStore extends DynamoTableStore implements ReportRowStore {
    public DynamoReportRowStore(DynamoDbClient client, String tableName) {
        super(client, tableName);
    }

    @Override
    public void save(Upload upload, List<ReportRow> rows) {
        List<Map<String, AttributeValue>> items = rows.stream().map(row -> ReportRowItem.toItem(upload, row)).toList();
        // Every row is measured before the first write: a refused row leaves nothing half saved.
        for (Map<String, AttributeValue> item : items) {
            long bytes = ItemSize.of(item);
            if (bytes > ItemSize.SAFE_BYTES) {
                throw new RowTooLarge(ReportRowItem.rowNumber(item), bytes, ItemSize.SAFE_BYTES);
            }
        }
        BatchWriter.put(client, table, items);
    }

    @Override
    public List<ReportRow> rows(Upload upload, ReportType type) {
        Map<String, ReportColumn> columns = new HashMap<>();
        type.columns().forEach(c -> columns.put(c.key(), c));
        return itemsOf(upload).map(item -> ReportRowItem.fromItem(item, columns)).toList();
    }

    @Override
    public void delete(Upload upload) {
        BatchWriter.delete(client, table, itemsOf(upload).map(ReportRowItem.KEYS::keyOf).toList());
    }

    private Stream<Map<String, AttributeValue>> itemsOf(Upload upload) {
        return client.queryPaginator(ReportRowItem.KEYS.sortBeginsWith(table, ReportRowItem.partition(upload),
                ReportRowItem.rowsOf(upload))).items().stream();
    }
}
