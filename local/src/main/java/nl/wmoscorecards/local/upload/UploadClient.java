package nl.wmoscorecards.local.upload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider's side of the upload API over HTTP: ask for a URL, PUT the file, read the status. */
public final class UploadClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI api;
    private final String apiKey;

    public UploadClient(URI api, String apiKey) {
        this.api = api;
        this.apiKey = apiKey;
    }

    public record Answer(int status, JsonNode body) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    public Answer requestUrl(String reportType, String period, String fileName, String contentType)
            throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("reportType", reportType, "period", period,
                "fileName", fileName, "contentType", contentType));
        return send(HttpRequest.newBuilder(api.resolve("/uploads")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer status(String uploadId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve("/uploads/" + uploadId)).GET());
    }

    /** PUTs the file to the pre-signed URL with exactly the headers the API asked for. */
    public int put(String url, JsonNode headers, Path file) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofFile(file));
        headers.properties().forEach(h -> request.header(h.getKey(), h.getValue().asString()));
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Authorization", "Bearer " + apiKey);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
    }
}
