package nl.wmoscorecards.tests.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the upload tests that need a fresh system per test: an in-memory runtime (embedded store and
 * S3 server) with one provider holding an API key, its upload API listening on loopback; closed after each test.
 */
abstract class OneProviderUploadApi {
    static final String AGB = "12345678";
    static final String CSV = "text/csv";
    @TempDir
    Path work;
    LocalRuntime runtime;
    UploadApiClient api;
    String key;

    @BeforeEach
    void start() throws Exception {
        runtime = LocalRuntime.inMemory(work.resolve("data"), "k".repeat(32).getBytes(StandardCharsets.US_ASCII));
        key = runtime.providerKeys().add(AGB, "Zorg A");
        api = new UploadApiClient(runtime.startApi().endpoint());
    }

    @AfterEach
    void stop() {
        runtime.close();
    }
}
