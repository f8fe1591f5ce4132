package nl.wmoscorecards.local.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.local.runtime.S3Notifications;
import tools.jackson.databind.JsonNode;

/**
 * One report upload on the embedded runtime, the way it happens in AWS: ask the API for a pre-signed URL
 * with the provider's key, PUT the bytes over HTTP to the S3-compatible server (which checks the
 * signature), deliver the ObjectCreated event to the report-ingest handler, and read the status back.
 */
public final class ProviderUpload {
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            ".csv", "text/csv",
            ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".pdf", "application/pdf");

    /** What happened: the HTTP status of the failing step, or 200 with the upload's status as the API shows it. */
    public record Outcome(int httpStatus, String error, JsonNode status) {
        public boolean accepted() {
            return status != null && "accepted".equals(status.path("status").asString());
        }
    }

    private ProviderUpload() {
    }

    public static Outcome send(LocalRuntime runtime, String apiKey, String reportType, String period, Path file)
            throws IOException, InterruptedException {
        UploadClient client = new UploadClient(runtime.api().endpoint(), apiKey);
        String fileName = file.getFileName().toString();
        UploadClient.Answer asked = client.requestUrl(reportType, period, fileName, contentType(fileName));
        if (asked.status() != 201) {
            return new Outcome(asked.status(), asked.text("error"), null);
        }
        int put = client.put(asked.text("url"), asked.body().path("headers"), file);
        if (put != 200) {
            return new Outcome(put, "PUT to the pre-signed URL failed", null);
        }
        Upload upload = runtime.uploadStore().find(asked.text("uploadId")).orElseThrow();
        runtime.reportIngestHandler().handleRequest(
                S3Notifications.objectCreated(runtime.s3().bucket(), upload.objectKey(), Files.size(file)), null);
        return new Outcome(200, null, client.status(upload.uploadId()).body());
    }

    static String contentType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.entrySet().stream().filter(e -> lower.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("application/octet-stream");
    }
}
