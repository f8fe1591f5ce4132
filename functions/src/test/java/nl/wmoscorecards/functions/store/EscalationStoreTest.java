package nl.wmoscorecards.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.EscalationStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The escalations table on the embedded DynamoDB server: the yearly run reads thousands of them at once. */
@Tag("integration")
class EscalationStoreTest {

    @Test
    void findAllReturnsEveryStoredOneAcrossSeveralBatchesAndLeavesUnknownIdsOut(@TempDir Path data) throws Exception {
        try (EmbeddedTables runtime = EmbeddedTables.inMemory()) {
            EscalationStore store = runtime.stores().escalations();
            List<String> ids = new ArrayList<>();
            IntStream.range(0, 250).forEach(i -> {
                String provider = String.valueOf(10_000_000 + i);
                ids.add(store.save(new Escalation(Escalation.idOf("dwo", 2025, provider), "dwo", provider, 2025,
                        EscalationState.SIGNALLED, List.of(), null, null, false, List.of(), 0)).id());
            });
            List<String> asked = new ArrayList<>(ids);
            asked.add(Escalation.idOf("dwo", 2025, "99999999"));
            asked.add(ids.get(0)); // asked twice

            Map<String, Escalation> found = store.findAll(asked);

            assertThat(found).hasSize(250).containsOnlyKeys(ids);
            assertThat(found.get(ids.get(249)).version()).isEqualTo(1);
        }
    }
}
