package nl.wmoscorecards.functions.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.functions.store.ItemKeys.Index;
import nl.wmoscorecards.functions.store.ItemKeys.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item per upload, keyed by its id. The index {@value #BY_PROVIDER} lists a provider's uploads by
 * creation time (ISO-8601 UTC sorts as text). Problems are a list of maps.
 */
final class UploadItem {
    static final String BY_PROVIDER = "provider-createdAt";
    static final ItemKeys KEYS = new ItemKeys(Key.s("uploadId"), null,
            List.of(new Index(BY_PROVIDER, Key.s("provider"), Key.s("createdAt"))));

    private UploadItem() {
    }

    static Map<String, AttributeValue> toItem(Upload u) {
        return ItemMaps.builder()
                .s("uploadId", u.uploadId())
                .s("provider", u.provider())
                .s("reportType", u.reportType())
                .s("period", u.period())
                .s("fileName", u.fileName())
                .s("contentType", u.contentType())
                .s("objectKey", u.objectKey())
                .s("createdAt", u.createdAt().toString())
                .s("status", u.status().name())
                .l("problems", u.problems().isEmpty() ? null
                        : u.problems().stream().map(p -> AttributeValue.fromM(problem(p))).toList())
                .n("rowCount", u.rowCount())
                .s("contentHash", u.contentHash())
                .s("completedAt", u.completedAt() == null ? null : u.completedAt().toString())
                .s("duplicateOf", u.duplicateOf())
                .build();
    }

    static Upload fromItem(Map<String, AttributeValue> item) {
        List<ReportProblem> problems = ItemMaps.l(item, "problems").stream().map(p -> problem(p.m())).toList();
        Integer rows = ItemMaps.integer(item, "rowCount");
        String completedAt = ItemMaps.s(item, "completedAt");
        return new Upload(ItemMaps.s(item, "uploadId"), ItemMaps.s(item, "provider"), ItemMaps.s(item, "reportType"),
                ItemMaps.s(item, "period"), ItemMaps.s(item, "fileName"), ItemMaps.s(item, "contentType"),
                ItemMaps.s(item, "objectKey"), Instant.parse(ItemMaps.s(item, "createdAt")),
                UploadStatus.valueOf(ItemMaps.s(item, "status")), problems, rows == null ? 0 : rows,
                ItemMaps.s(item, "contentHash"), completedAt == null ? null : Instant.parse(completedAt),
                ItemMaps.s(item, "duplicateOf"));
    }

    /** A problem as a nested map; its empty fields are stored as NULL, as they always were. */
    private static Map<String, AttributeValue> problem(ReportProblem p) {
        return ItemMaps.builder()
                .nOrNull("row", p.row())
                .sOrNull("column", p.column())
                .sOrNull("value", p.value())
                .sOrNull("messageNl", p.messageNl())
                .sOrNull("messageEn", p.messageEn())
                .build();
    }

    private static ReportProblem problem(Map<String, AttributeValue> m) {
        return new ReportProblem(ItemMaps.integer(m, "row"), ItemMaps.s(m, "column"), ItemMaps.s(m, "value"),
                ItemMaps.s(m, "messageNl"), ItemMaps.s(m, "messageEn"));
    }
}
