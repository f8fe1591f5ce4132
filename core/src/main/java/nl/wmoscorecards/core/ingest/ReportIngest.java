package nl.wmoscorecards.core.ingest;

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
import nl.wmoscorecards.core.privacy.OutboundValues;
import nl.wmoscorecards.core.report.ParsedReport;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.report.ReportReader;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.core.report.ReportTypeCatalog;
import nl.wmoscorecards.core.report.RowTooLarge;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import nl.wmoscorecards.core.upload.ObjectKey;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.core.upload.UploadStore;
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
        Optional<ReportType> known = types.type(upload.reportType());
        if (known.isEmpty()) { // the catalogue changed since the URL was issued
            return Optional.of(failed(upload, null, new Stage(),
                    new IllegalStateException("unknown report type " + upload.reportType())));
        }
        ReportType type = known.get();
        if (size > maxBytes) {
            return Optional.of(finish(upload, UploadStatus.REJECTED, List.of(tooLarge(size)), 0, null, null));
        }
        Stage stage = new Stage();
        try {
            return Optional.of(process(upload, type, opener, stage));
        } catch (IOException | RuntimeException failure) {
            if (stage.replacing) {
                // The previous upload's rows are half gone: only finishing the replacement restores a whole
                // report, so the redelivered event repeats these idempotent writes.
                throw failure;
            }
            return Optional.of(failed(upload, type, stage, failure));
        }
    }

    /** How far one ingest got, so a failure undoes exactly this upload's own writes. */
    private static final class Stage {
        boolean wroteRows;
        boolean replacing;
        String hash;
    }

    private Upload process(Upload upload, ReportType type, ObjectOpener opener, Stage stage) throws IOException {
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
        String hash = HexFormat.of().formatHex(digest.digest());
        stage.hash = hash;
        if (!parsed.accepted()) {
            return finish(upload, UploadStatus.REJECTED, parsed.problems(), 0, hash, null);
        }
        Optional<Upload> previous = Upload.inForce(uploads.uploadsOf(upload.provider()), upload.reportType(), upload.period())
                .filter(u -> !u.uploadId().equals(upload.uploadId()));
        if (previous.isPresent() && hash.equals(previous.get().contentHash())) {
            return finish(upload, UploadStatus.ACCEPTED, List.of(), 0, hash, previous.get().uploadId());
        }
        // New rows first, then the replaced upload's rows go, then the status: a process that dies anywhere
        // leaves a pending upload whose redelivery repeats the same writes; a failure that is caught ends
        // the upload rejected and takes its own rows back out (see failed).
        stage.wroteRows = true;
        try {
            rows.save(upload, parsed.rows());
        } catch (RowTooLarge tooLarge) {
            return refuseTooLargeRow(upload, type, hash, tooLarge);
        }
        if (SURVEY_TYPE.equals(type.id())) {
            surveys.save(surveyResponses(upload, parsed.rows()));
        }
        if (previous.isPresent()) {
            stage.replacing = true;
            if (SURVEY_TYPE.equals(type.id())) {
                surveys.delete(surveyResponses(previous.get(), rows.rows(previous.get(), type)));
            }
            rows.delete(previous.get());
        }
        return finish(upload, UploadStatus.ACCEPTED, List.of(), parsed.rows().size(), hash, null);
    }

    private Upload refuseTooLargeRow(Upload upload, ReportType type, String hash, RowTooLarge tooLarge) {
        undoWrites(upload, type);
        return finish(upload, UploadStatus.REJECTED, List.of(tooLarge.problem()), 0, hash, null);
    }

    /**
     * Whatever went wrong (a bug, a store that refused a write), the upload ends refused with a Dutch message
     * instead of staying pending: the provider learns to upload again, nothing of this upload is kept. Only
     * when even that record cannot be written does the failure go up (and the event is delivered again).
     */
    private Upload failed(Upload upload, ReportType type, Stage stage, Exception failure) {
        LOG.error("Upload {} of {} by {} failed: {}", upload.uploadId(), upload.reportType(), upload.provider(),
                OutboundValues.text(failure.toString()));
        if (stage.wroteRows) {
            try {
                undoWrites(upload, type);
            } catch (RuntimeException cleanupFailed) {
                LOG.error("Upload {}: its rows could not be removed: {}", upload.uploadId(),
                        OutboundValues.text(cleanupFailed.toString()));
            }
        }
        ReportProblem problem = new ReportProblem(null, null, null, "Het bestand kon door een storing bij ons niet"
                + " worden verwerkt. Er is niets van opgeslagen. Upload het bestand opnieuw; lukt het dan weer niet,"
                + " neem dan contact op met uw contractmanager en noem het uploadnummer " + upload.uploadId() + ".",
                "ingest failed: " + failure.getClass().getSimpleName());
        return finish(upload, UploadStatus.REJECTED, List.of(problem), 0, stage.hash, null);
    }

    private void undoWrites(Upload upload, ReportType type) {
        if (SURVEY_TYPE.equals(type.id())) {
            surveys.delete(surveyResponses(upload, rows.rows(upload, type)));
        }
        rows.delete(upload);
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
