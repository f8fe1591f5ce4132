package nl.wmoscorecards.functions.aws;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The URL-connection HTTP client, built on a thread of its own: building it sets up TLS (the JDK's trust store and
 * SSL context), about half of a DynamoDB client's build time, which the rest of the SDK client's build does not need.
 * Where more than one core's worth of CPU is free the two overlap (docs/decisions.md); the first request waits for
 * the HTTP client if it is not ready, and a failure to build it is thrown there.
 */
final class HttpClientInBackground implements SdkHttpClient {
    private final InBackground<SdkHttpClient> client =
            InBackground.build("http-client-init", () -> UrlConnectionHttpClient.builder().build());

    private HttpClientInBackground() {
    }

    static SdkHttpClient urlConnection() {
        return new HttpClientInBackground();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return client.get().prepareRequest(request);
    }

    /** The URL-connection client's own name (in the SDK's user agent), without waiting for it. */
    @Override
    public String clientName() {
        return "UrlConnection";
    }

    @Override
    public void close() {
        client.get().close();
    }
}
