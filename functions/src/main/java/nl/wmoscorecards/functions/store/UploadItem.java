package nl.wmoscorecards.functions.store;

import java.time.Instant;
import java.util.List;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * One item per upload, keyed by its id. The index {@value #BY_PROVIDER} lists a provider's uploads by
 * creation time (ISO-8601 UTC sorts as text).
 */
@DynamoDbBean
public class UploadItem {
    public static final String BY_PROVIDER = "provider-createdAt";
    private String uploadId;
    private String provider;
    private String reportType;
    private String period;
    private String fileName;
    private String contentType;
    private String objectKey;
    private String createdAt;
    private String status;
    private List<ProblemItem> problems;
    private Integer rowCount;
    private String contentHash;
    private String completedAt;
    private String duplicateOf;

    static UploadItem from(Upload u) {
        UploadItem item = new UploadItem();
        item.uploadId = u.uploadId();
        item.provider = u.provider();
        item.reportType = u.reportType();
        item.period = u.period();
        item.fileName = u.fileName();
        item.contentType = u.contentType();
        item.objectKey = u.objectKey();
        item.createdAt = u.createdAt().toString();
        item.status = u.status().name();
        item.problems = u.problems().isEmpty() ? null : u.problems().stream().map(ProblemItem::from).toList();
        item.rowCount = u.rowCount();
        item.contentHash = u.contentHash();
        item.completedAt = u.completedAt() == null ? null : u.completedAt().toString();
        item.duplicateOf = u.duplicateOf();
        return item;
    }

    Upload toUpload() {
        List<ReportProblem> found = problems == null ? List.of() : problems.stream().map(ProblemItem::toProblem).toList();
        return new Upload(uploadId, provider, reportType, period, fileName, contentType, objectKey,
                Instant.parse(createdAt), UploadStatus.valueOf(status), found, rowCount == null ? 0 : rowCount,
                contentHash, completedAt == null ? null : Instant.parse(completedAt), duplicateOf);
    }

    @DynamoDbPartitionKey
    public String getUploadId() { return uploadId; }
    public void setUploadId(String v) { uploadId = v; }
    @DynamoDbSecondaryPartitionKey(indexNames = BY_PROVIDER)
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getReportType() { return reportType; }
    public void setReportType(String v) { reportType = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public String getFileName() { return fileName; }
    public void setFileName(String v) { fileName = v; }
    public String getContentType() { return contentType; }
    public void setContentType(String v) { contentType = v; }
    public String getObjectKey() { return objectKey; }
    public void setObjectKey(String v) { objectKey = v; }
    @DynamoDbSecondarySortKey(indexNames = BY_PROVIDER)
    public String getCreatedAt() { return createdAt; }
    public void setCreatedAt(String v) { createdAt = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public List<ProblemItem> getProblems() { return problems; }
    public void setProblems(List<ProblemItem> v) { problems = v; }
    public Integer getRowCount() { return rowCount; }
    public void setRowCount(Integer v) { rowCount = v; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String v) { contentHash = v; }
    public String getCompletedAt() { return completedAt; }
    public void setCompletedAt(String v) { completedAt = v; }
    public String getDuplicateOf() { return duplicateOf; }
    public void setDuplicateOf(String v) { duplicateOf = v; }

    /** One problem of an upload, stored as a map in the item's list. */
    @DynamoDbBean
    public static class ProblemItem {
        private Integer row;
        private String column;
        private String value;
        private String messageNl;
        private String messageEn;

        static ProblemItem from(ReportProblem p) {
            ProblemItem item = new ProblemItem();
            item.row = p.row();
            item.column = p.column();
            item.value = p.value();
            item.messageNl = p.messageNl();
            item.messageEn = p.messageEn();
            return item;
        }

        ReportProblem toProblem() {
            return new ReportProblem(row, column, value, messageNl, messageEn);
        }

        public Integer getRow() { return row; }
        public void setRow(Integer v) { row = v; }
        public String getColumn() { return column; }
        public void setColumn(String v) { column = v; }
        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public String getMessageNl() { return messageNl; }
        public void setMessageNl(String v) { messageNl = v; }
        public String getMessageEn() { return messageEn; }
        public void setMessageEn(String v) { messageEn = v; }
    }
}
