package nl.wmoscorecards.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.wmoscorecards.core.config.ConfigLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15: an empty export is refused alike in every format (an empty .jsonl was success, an empty .csv an error). */
class EmptyFilesTest {
    private final ProviderOnlyIngestTest.FoldingStore store = new ProviderOnlyIngestTest.FoldingStore();
    private final AllocationIngest ingest = new AllocationIngest(store, ConfigLoader.fromClasspath().regions(),
            IwmoFixtures.PSEUDONYMIZER);

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {"export.jsonl|", "export.csv|", "bericht.xml|", "export.jsonl|'  \n\n '",
            "export.csv|'\r\n'", "bericht.xml|'\n'"})
    void anEmptyFileIsRefusedTheSameWayInEveryFormat(String name, String content) throws IOException {
        byte[] bytes = (content == null ? "" : content).getBytes(StandardCharsets.UTF_8);
        IngestReport report = ingest.ingest(name, new ByteArrayInputStream(bytes));
        assertThat(report.hasRejections()).isTrue();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(name);
            assertThat(e.rule()).isEqualTo("file is empty: it holds no message");
        });
        assertThat(store.allocations).isEmpty();
    }
}
