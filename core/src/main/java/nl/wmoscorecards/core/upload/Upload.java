package nl.wmoscorecards.core.upload;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.List;
import nl.wmoscorecards.core.privacy.OutboundValues;
import nl.wmoscorecards.core.report.ReportProblem;

/**
 * One upload of one report by one provider. The server chooses the object key; the provider's file name
 * is kept only as a label, masked by {@link OutboundValues#fileName} ("client-*******82.csv").
 *
 * @param period      the period the report is about, e.g. "2025"
 * @param contentHash SHA-256 of the bytes, once read
 * @param duplicateOf the earlier accepted upload with the same bytes, when this one changed nothing
 */
public record Upload(
        String uploadId,
        String provider,
        String reportType,
        String period,
        String fileName,
        String contentType,
        String objectKey,
        Instant createdAt,
        UploadStatus status,
        List<ReportProblem> problems,
        int rowCount,
        String contentHash,
        Instant completedAt,
        String duplicateOf) {

    public Upload {
        fileName = OutboundValues.fileName(fileName); // a label shown back everywhere: never a BSN in it
        problems = problems == null ? List.of() : List.copyOf(problems);
        // Milliseconds, the precision anyone reads: a nine-digit fraction of a second in the stored outcome
        // could read as a BSN to a privacy scan (PrivacyScanTest caught one by chance).
        createdAt = createdAt == null ? null : createdAt.truncatedTo(ChronoUnit.MILLIS);
        completedAt = completedAt == null ? null : completedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Upload pending(String uploadId, String provider, String reportType, String period, String fileName,
                                 String contentType, String objectKey, Instant createdAt) {
        return new Upload(uploadId, provider, reportType, period, fileName, contentType, objectKey, createdAt,
                UploadStatus.PENDING, List.of(), 0, null, null, null);
    }

    /**
     * The upload whose rows count for a report type and period: the latest accepted one that was not a
     * duplicate (a later accepted upload replaces the rows of an earlier one).
     */
    public static Optional<Upload> inForce(Collection<Upload> uploads, String reportType, String period) {
        return uploads.stream()
                .filter(u -> u.status() == UploadStatus.ACCEPTED && u.duplicateOf() == null)
                .filter(u -> u.reportType().equals(reportType) && u.period().equals(period))
                .max(Comparator.comparing(Upload::completedAt));
    }

    public Upload completed(UploadStatus outcome, List<ReportProblem> found, int rows, String hash, Instant at,
                            String duplicate) {
        return new Upload(uploadId, provider, reportType, period, fileName, contentType, objectKey, createdAt,
                outcome, found, rows, hash, at, duplicate);
    }
}
