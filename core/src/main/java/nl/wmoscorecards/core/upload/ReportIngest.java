package nl.wmoscorecards.core.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.wmoscorecards.core.port.ReportRowStore;
import nl.wmoscorecards.core.port.SurveyResponseStore;
import nl.wmoscorecards.core.report.ParsedReport;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.report.ReportReader;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.core.report.ReportTypeCatalog;
import nl.wmoscorecards.core.survey.SurveyResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Report ingest: an uploaded object arrived; validate it against its report type and record the outcome.
 * All or nothing: a refused upload writes no rows. Idempotent: a redelivered event finds the upload
 * completed and changes nothing, and the same bytes uploaded again are recorded as a duplicate without
 * rows. A later accepted upload for the same provider, type and period replaces the earlier one's rows.
 */
public final class ReportIngest {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final String SURVEY_TYPE = "cto";
    private static final Logger LOG = LoggerFactory.getLogger(ReportIngest.class);

    /** Opens the uploaded object; called at most once, and not at all when it is too large. */
    @FunctionalInterface
    public interface ObjectOpener {
        InputStream open() throws IOException;
    }

    private final ReportTypeCatalog types;
    private final ReportReader reader;
    private final UploadStore uploads;
    private final ReportRowStore rows;
    private final SurveyResponseStore surveys;
    private final Clock clock;
    private final long maxBytes;

    public ReportIngest(ReportTypeCatalog types, ReportReader reader, UploadStore uploads, ReportRowStore rows,
                        SurveyResponseStore surveys, Clock clock, long maxBytes) {
        this.types = types;
        this.reader = reader;
        this.uploads = uploads;
        this.rows = rows;
        this.surveys = surveys;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The upload's outcome, or empty when the key names no upload this system handed out. */
    public Optional<Upload> ingest(String objectKey, long size, ObjectOpener opener) throws IOException {
        Optional<ObjectKey> key = ObjectKey.parse(objectKey);
        Optional<Upload> found = key.flatMap(k -> uploads.find(k.uploadId()));
        if (found.isEmpty() || !found.get().objectKey().equals(objectKey)) {
            LOG.warn("Ignoring object {}: no upload was handed out for this key", objectKey);
            return Optional.empty();
        }
        Upload upload = found.get();
        if (upload.status() != UploadStatus.PENDING) {
            return Optional.of(upload);
        }
        ReportType type = types.type(upload.reportType()).orElseThrow(
                () -> new IllegalStateException("upload " + upload.uploadId() + " names unknown report type " + upload.reportType()));
        if (size > maxBytes) {
            return Optional.of(finish(upload, UploadStatus.REJECTED, List.of(tooLarge(size)), 0, null, null));
        }
        String hash;
        ParsedReport parsed;
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(opener.open(), digest)) {
            parsed = reader.read(type, upload.fileName(), new FilterInputStream(in) {
                @Override
                public void close() {
                    // The reader may close what it read; the rest must still be hashed.
                }
            });
            in.transferTo(OutputStream.nullOutputStream()); // the hash covers every byte
        }
        hash = HexFormat.of().formatHex(digest.digest());
        if (!parsed.accepted()) {
            return Optional.of(finish(upload, UploadStatus.REJECTED, parsed.problems(), 0, hash, null));
        }
        Optional<Upload> previous = Upload.inForce(uploads.uploadsOf(upload.provider()), upload.reportType(), upload.period())
                .filter(u -> !u.uploadId().equals(upload.uploadId()));
        if (previous.isPresent() && hash.equals(previous.get().contentHash())) {
            return Optional.of(finish(upload, UploadStatus.ACCEPTED, List.of(), 0, hash, previous.get().uploadId()));
        }
        // New rows first, then the replaced upload's rows go, then the status: a crash anywhere leaves a
        // pending upload whose redelivery repeats the same writes.
        rows.save(upload, parsed.rows());
        if (SURVEY_TYPE.equals(type.id())) {
            surveys.save(surveyResponses(upload, parsed.rows()));
        }
        if (previous.isPresent()) {
            if (SURVEY_TYPE.equals(type.id())) {
                surveys.delete(surveyResponses(previous.get(), rows.rows(previous.get(), type)));
            }
            rows.delete(previous.get());
        }
        return Optional.of(finish(upload, UploadStatus.ACCEPTED, List.of(), parsed.rows().size(), hash, null));
    }

    private Upload finish(Upload upload, UploadStatus status, List<ReportProblem> problems, int rowCount, String hash,
                          String duplicateOf) {
        Upload completed = upload.completed(status, problems, rowCount, hash, clock.instant(), duplicateOf);
        if (!uploads.complete(completed)) {
            return uploads.find(upload.uploadId()).orElse(completed);
        }
        LOG.info("Upload {} of {} by {}: {} ({} rows, {} problems{})", upload.uploadId(), upload.reportType(),
                upload.provider(), status, rowCount, problems.size(), duplicateOf == null ? "" : ", duplicate of " + duplicateOf);
        return completed;
    }

    static List<SurveyResponse> surveyResponses(Upload upload, List<ReportRow> rows) {
        return rows.stream().map(row -> new SurveyResponse(
                upload.uploadId() + "#" + row.rowNumber(),
                upload.provider(),
                (String) row.values().get("municipality"),
                (LocalDate) row.values().get("date"),
                grade(row.values().get("grade")))).toList();
    }

    private static BigDecimal grade(Object value) {
        return value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
    }

    private ReportProblem tooLarge(long size) {
        long mb = maxBytes / (1024 * 1024);
        return new ReportProblem(null, null, size / (1024 * 1024) + " MB",
                "Het bestand is groter dan " + mb + " MB. Splits het bestand of laat lege regels en tabbladen weg en upload opnieuw.",
                "file is larger than " + mb + " MB");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
