package nl.wmoscorecards.functions.store;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** Report rows in DynamoDB: one partition per provider, type and period, so a report is one Query. */
public final class DynamoReportRowStore implements ReportRowStore {
    static final TableSchema<ReportRowItem> SCHEMA = TableSchema.fromBean(ReportRowItem.class);
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<ReportRowItem> table;

    public DynamoReportRowStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this.enhanced = enhanced;
        this.table = enhanced.table(tableName, SCHEMA);
    }

    static String partition(Upload upload) {
        return upload.provider() + "#" + upload.reportType() + "#" + upload.period();
    }

    @Override
    public void save(Upload upload, List<ReportRow> rows) {
        List<ReportRowItem> items = rows.stream().map(row -> {
            ReportRowItem item = new ReportRowItem();
            item.setProviderTypePeriod(partition(upload));
            item.setUploadRow(String.format("%s#%07d", upload.uploadId(), row.rowNumber()));
            item.setRowNumber(row.rowNumber());
            Map<String, String> values = new HashMap<>();
            row.values().forEach((k, v) -> values.put(k, v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
            item.setValues(values);
            return item;
        }).toList();
        // Every row is measured before the first write: a refused row leaves nothing half saved.
        for (ReportRowItem item : items) {
            long bytes = ItemSize.of(SCHEMA.itemToMap(item, true));
            if (bytes > ItemSize.SAFE_BYTES) {
                throw new RowTooLarge(item.getRowNumber(), bytes, ItemSize.SAFE_BYTES);
            }
        }
        BatchWriter.put(enhanced, table, ReportRowItem.class, items);
    }

    @Override
    public List<ReportRow> rows(Upload upload, ReportType type) {
        Map<String, ReportColumn> columns = new HashMap<>();
        type.columns().forEach(c -> columns.put(c.key(), c));
        return itemsOf(upload).map(item -> {
            Map<String, Object> values = new HashMap<>();
            item.getValues().forEach((k, v) -> values.put(k, typed(columns.get(k), v)));
            return new ReportRow(item.getRowNumber(), values);
        }).toList();
    }

    @Override
    public void delete(Upload upload) {
        BatchWriter.delete(enhanced, table, ReportRowItem.class, itemsOf(upload)
                .map(i -> Key.builder().partitionValue(i.getProviderTypePeriod()).sortValue(i.getUploadRow()).build())
                .toList());
    }

    private Stream<ReportRowItem> itemsOf(Upload upload) {
        return table.query(QueryConditional.sortBeginsWith(Key.builder().partitionValue(partition(upload))
                .sortValue(upload.uploadId() + "#").build())).items().stream();
    }

    private static Object typed(ReportColumn column, String text) {
        if (column == null) {
            return text;
        }
        return switch (column.type()) {
            case INTEGER -> Long.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            default -> text;
        };
    }
}
