package nl.wmoscorecards.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.contract.ConversationLog;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversations and round tables on the embedded DynamoDB server: per region, in date order, whole. */
@Tag("integration")
class ContractManagementStoreTest {
    private static final byte[] KEY = "k".repeat(32).getBytes(StandardCharsets.US_ASCII);

    @Test
    void conversationsComeBackPerRegionInDateOrderWithTheirActions(@TempDir Path data) throws Exception {
        try (EmbeddedTables runtime = EmbeddedTables.inMemory()) {
            ConversationLog log = new ConversationLog(runtime.stores().conversations(), runtime.config().regions());
            log.record(LocalDate.of(2026, 9, 1), "dwo", "12345678", "M. Bakker", null, List.of());
            log.record(LocalDate.of(2026, 3, 3), "dwo", "12345678", "J. de Vries", "wachtlijst besproken",
                    List.of(new ContractConversation.Action("Wachtlijstcijfers aanleveren", "zorgaanbieder", LocalDate.of(2026, 4, 1)),
                            new ContractConversation.Action("Toegang informeren", null, null)));
            log.record(LocalDate.of(2026, 3, 3), "dwo", "12345678", "J. de Vries", null, List.of());
            log.record(LocalDate.of(2026, 5, 1), "zaanstreek-waterland", "12345678", "J. de Vries", null, List.of());

            List<ContractConversation> dwo = runtime.stores().conversations().conversationsOf("dwo");

            assertThat(dwo).extracting(ContractConversation::id).containsExactly(
                    "dwo-12345678-2026-03-03", "dwo-12345678-2026-03-03-2", "dwo-12345678-2026-09-01");
            assertThat(dwo.get(0).note()).isEqualTo("wachtlijst besproken");
            assertThat(dwo.get(0).actions()).containsExactly(
                    new ContractConversation.Action("Wachtlijstcijfers aanleveren", "zorgaanbieder", LocalDate.of(2026, 4, 1)),
                    new ContractConversation.Action("Toegang informeren", null, null));
            assertThat(runtime.stores().conversations().conversationsOf("zaanstreek-waterland")).hasSize(1);
            assertThat(runtime.stores().conversations().conversationsOf("midden-limburg")).isEmpty();
        }
    }

    @Test
    void aRoundTableRecordedAgainUnderItsIdIsCorrectedNotDoubled(@TempDir Path data) throws Exception {
        try (EmbeddedTables runtime = EmbeddedTables.inMemory()) {
            LocalDate date = LocalDate.of(2026, 10, 6);
            String id = RoundTableMeeting.idOf("zaanstreek-waterland", date, "Begeleiding");
            runtime.stores().roundTables().save(new RoundTableMeeting(id, "zaanstreek-waterland", date, "Begeleiding",
                    Set.of("11111111", "22222222", "33333333"), Set.of("22222222"), Set.of(), "J. de Vries"));
            runtime.stores().roundTables().save(new RoundTableMeeting(id, "zaanstreek-waterland", date, "Begeleiding",
                    Set.of("11111111", "22222222", "33333333"), Set.of("22222222", "33333333"), Set.of("11111111"), "J. de Vries"));

            List<RoundTableMeeting> tables = runtime.stores().roundTables().roundTablesOf("zaanstreek-waterland");

            assertThat(tables).singleElement().satisfies(t -> {
                assertThat(t.attended()).containsExactlyInAnyOrder("22222222", "33333333");
                assertThat(t.missed("11111111")).isTrue();
                assertThat(t.missedWithoutReason("11111111")).isFalse();
            });
            assertThat(runtime.stores().conversations().conversationsOf("zaanstreek-waterland")).isEmpty();
        }
    }
}
