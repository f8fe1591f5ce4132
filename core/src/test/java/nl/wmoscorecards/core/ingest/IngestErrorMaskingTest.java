package nl.wmoscorecards.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import org.junit.jupiter.api.Test;

/** Issue 15: an elfproef-valid BSN in any field other than bsn, or in the file name, is never echoed in plain. */
class IngestErrorMaskingTest {
    private static final String BSN = "999990019";

    @Test
    void aBsnInAnotherFieldOrTheFileNameIsMaskedInTheError() throws java.io.IOException {
        assertThat(nl.wmoscorecards.core.privacy.Bsn.isValid(BSN)).isTrue();
        String line = "{\"type\":\"301\",\"messageId\":\"m1\",\"sentAt\":\"2027-01-01T00:00:00Z\",\"municipality\":\"0479\","
                + "\"provider\":\"" + BSN + "\",\"allocationNumber\":\"A1\",\"bsn\":\"" + BSN + "\",\"productCategory\":\""
                + BSN + "\",\"startDate\":\"2027-01-01\"}";
        List<IngestError> errors = new ArrayList<>();
        new JsonLinesParser(new EventFields(ConfigLoader.fromClasspath().regions(), new Pseudonymizer(new byte[32]), true))
                .parse("client-" + BSN + ".jsonl", new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                        new EventSink() {
                            @Override
                            public void message(String file, String location, List<AllocationEvent> events) {
                            }

                            @Override
                            public void error(IngestError error) {
                                errors.add(error);
                            }
                        });
        assertThat(errors).isNotEmpty();
        assertThat(errors).allSatisfy(e -> assertThat(e.describe()).doesNotContain(BSN));
        assertThat(errors.get(0).file()).startsWith("client-").doesNotContain(BSN);
    }
}
