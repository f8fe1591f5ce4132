package nl.wmoscorecards.functions.upload;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmoscorecards.core.privacy.OutboundValues;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.upload.Upload;

/**
 * What GET /uploads/{uploadId} shows the owner, and what the ingest keeps under reports/ in the bucket: the
 * outcome and the problems in Dutch, no storage details, every text through {@link OutboundValues} (a record
 * written before the masking existed is masked on the way out too).
 */
public final class UploadView {
    private UploadView() {
    }

    public static Map<String, Object> of(Upload upload) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("uploadId", upload.uploadId());
        view.put("reportType", upload.reportType());
        view.put("period", upload.period());
        view.put("fileName", OutboundValues.fileName(upload.fileName()));
        view.put("status", upload.status().name().toLowerCase(Locale.ROOT));
        view.put("rowCount", upload.rowCount());
        view.put("duplicateOf", upload.duplicateOf());
        view.put("errors", errors(upload.problems()));
        view.put("createdAt", text(upload.createdAt()));
        view.put("completedAt", text(upload.completedAt()));
        return view;
    }

    /** One line of GET /uploads: the upload without its problems, only how many there are. */
    public static Map<String, Object> summary(Upload upload) {
        Map<String, Object> view = of(upload);
        view.remove("errors");
        view.put("errorCount", upload.problems().size());
        return view;
    }

    private static List<Map<String, Object>> errors(List<ReportProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", p.row());
            error.put("column", OutboundValues.value(p.column()));
            error.put("value", OutboundValues.value(p.value()));
            error.put("message", OutboundValues.text(p.messageNl()));
            return error;
        }).toList();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
