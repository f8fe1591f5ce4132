package nl.wmoscorecards.tests.upload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A provider's side of the upload API over real HTTP: ask for a URL, PUT the file, read the status. */
public final class UploadApiClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI api;

    public UploadApiClient(URI api) {
        this.api = api;
    }

    public record Answer(int status, JsonNode body) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    public Answer post(String key, Map<String, String> request) throws IOException, InterruptedException {
        return send(key, HttpRequest.newBuilder(api.resolve("/uploads"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))));
    }

    public Answer get(String key, String path) throws IOException, InterruptedException {
        return send(key, HttpRequest.newBuilder(api.resolve(path)).GET());
    }

    public Answer send(String key, HttpRequest.Builder request) throws IOException, InterruptedException {
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
    }

    /**
     * PUTs bytes to a pre-signed URL with the given Content-Type and the If-None-Match: * the API asks for, as a
     * browser or curl would.
     */
    public int put(String url, String contentType, byte[] bytes) throws IOException, InterruptedException {
        return put(url, Map.of("Content-Type", contentType, "If-None-Match", "*"), bytes);
    }

    /** PUTs bytes to a pre-signed URL with exactly these headers. */
    public int put(String url, Map<String, String> headers, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(request::header);
        // A client of its own per PUT: S3Proxy may refuse before reading the body and close the connection, and a
        // shared client could send the next request on that closed connection ("header parser received no bytes").
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public static Map<String, String> request(String reportType, String period, String fileName, String contentType) {
        return Map.of("reportType", reportType, "period", period, "fileName", fileName, "contentType", contentType);
    }
}
