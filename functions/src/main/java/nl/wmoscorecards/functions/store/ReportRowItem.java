package nl.wmoscorecards.functions.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.wmoscorecards.core.report.ReportColumn;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.upload.Upload;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One report row, keyed by provider + report type + period, then upload + row number. Values as text. */
final class ReportRowItem {
    static final ItemKeys KEYS = ItemKeys.of(ItemKeys.Key.s("providerTypePeriod"), ItemKeys.Key.s("uploadRow"));

    private ReportRowItem() {
    }

    static String partition(Upload upload) {
        return upload.provider() + "#" + upload.reportType() + "#" + upload.period();
    }

    /** The sort-key prefix of an upload's rows. */
    static String rowsOf(Upload upload) {
        return upload.uploadId() + "#";
    }

    static Map<String, AttributeValue> toItem(Upload upload, ReportRow row) {
        Map<String, AttributeValue> values = new HashMap<>();
        row.values().forEach((k, v) -> values.put(k, AttributeValue.fromS(v instanceof BigDecimal d ? d.toPlainString() : v.toString())));
        return ItemMaps.builder()
                .s("providerTypePeriod", partition(upload))
                .s("uploadRow", String.format("%s%07d", rowsOf(upload), row.rowNumber()))
                .n("rowNumber", row.rowNumber())
                .m("values", values)
                .build();
    }

    static int rowNumber(Map<String, AttributeValue> item) {
        return ItemMaps.integer(item, "rowNumber");
    }

    /** The row, its values typed by the report type's columns (text where a column is not known). */
    static ReportRow fromItem(Map<String, AttributeValue> item, Map<String, ReportColumn> columns) {
        Map<String, Object> values = new HashMap<>();
        ItemMaps.m(item, "values").forEach((k, v) -> values.put(k, typed(columns.get(k), v.s())));
        return new ReportRow(rowNumber(item), values);
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
