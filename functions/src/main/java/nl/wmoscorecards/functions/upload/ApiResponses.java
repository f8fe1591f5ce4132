package nl.wmoscorecards.functions.upload;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmoscorecards.core.privacy.OutboundValues;

/**
 * JSON responses in the shape API Gateway (HTTP API, payload 2.0) expects back from a function; bodies are maps,
 * lists and values ({@link UploadApiJson}).
 */
public final class ApiResponses {
    private ApiResponses() {
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return json(status, body, Map.of());
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store"); // upload URLs and statuses are private to one provider
        headers.putAll(extraHeaders);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(UploadApiJson.write(body))
                .withIsBase64Encoded(false)
                .build();
    }

    /** An error for the provider: a Dutch message, and the request field to correct when there is one. */
    public static APIGatewayV2HTTPResponse error(int status, String messageNl, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", OutboundValues.text(messageNl)); // a refusal may quote what the caller sent
        if (field != null) {
            body.put("field", field);
        }
        return json(status, body);
    }

    public static APIGatewayV2HTTPResponse error(int status, String messageNl) {
        return error(status, messageNl, null);
    }
}
