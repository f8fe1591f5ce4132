package nl.wmoscorecards.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.ConversationsPerYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seeds 001 and 000: at least one conversation a year in Zaanstreek-Waterland, two to four in DWO. */
class ConversationFrequencyTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final String PROVIDER = "12345678";
    private final InMemoryContractStores store = new InMemoryContractStores();
    private final ConversationLog log = new ConversationLog(store, CONFIG.regions());

    @Test
    void eachRegionsMinimumIsConfiguration() {
        assertThat(CONFIG.regions().conversationsPerYear("zaanstreek-waterland")).contains(new ConversationsPerYear(1, null));
        assertThat(CONFIG.regions().conversationsPerYear("dwo")).contains(new ConversationsPerYear(2, 4));
        assertThat(CONFIG.regions().conversationsPerYear("bno-oost")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} conversations in 2026 -> below minimum {2}")
    @CsvSource({
            "zaanstreek-waterland, 0, true",
            "zaanstreek-waterland, 1, false",
            "dwo, 1, true",
            "dwo, 2, false",
            "dwo, 5, false"})
    void aProviderWithFewerConversationsThanItsRegionsMinimumIsFlagged(String region, int held, boolean flagged) {
        IntStream.range(0, held).forEach(i -> log.record(LocalDate.of(2026, 2 + i, 3), region, PROVIDER, "J. de Vries", null, List.of()));
        ConversationsPerYear expected = CONFIG.regions().conversationsPerYear(region).orElseThrow();

        List<ConversationFrequency.Count> below = ConversationFrequency.belowMinimum(expected, 2026, List.of(PROVIDER),
                store.conversationsOf(region));

        assertThat(below.isEmpty()).isEqualTo(!flagged);
        assertThat(ConversationFrequency.counts(expected, 2026, List.of(PROVIDER), store.conversationsOf(region)))
                .singleElement().satisfies(c -> {
                    assertThat(c.held()).isEqualTo(held);
                    assertThat(c.aboveMaximum()).isEqualTo(held > 4 && region.equals("dwo"));
                });
    }

    @Test
    void onlyConversationsDatedInTheYearCount() {
        log.record(LocalDate.of(2025, 12, 31), "zaanstreek-waterland", PROVIDER, "J. de Vries", null, List.of());
        ConversationsPerYear one = new ConversationsPerYear(1, null);

        assertThat(ConversationFrequency.belowMinimum(one, 2026, List.of(PROVIDER), store.conversationsOf("zaanstreek-waterland")))
                .extracting(ConversationFrequency.Count::provider).containsExactly(PROVIDER);

        log.record(LocalDate.of(2026, 1, 1), "zaanstreek-waterland", PROVIDER, "J. de Vries", null, List.of());
        assertThat(ConversationFrequency.belowMinimum(one, 2026, List.of(PROVIDER), store.conversationsOf("zaanstreek-waterland")))
                .isEmpty();
    }

    @Test
    void aConversationInAnotherRegionDoesNotCount() {
        log.record(LocalDate.of(2026, 3, 3), "dwo", PROVIDER, "J. de Vries", null, List.of());
        assertThat(ConversationFrequency.belowMinimum(new ConversationsPerYear(1, null), 2026, List.of(PROVIDER),
                store.conversationsOf("zaanstreek-waterland"))).hasSize(1);
    }

    @Test
    void twoConversationsOnOneDayKeepTheirOwnIdsAndActions() {
        ContractConversation first = log.record(LocalDate.of(2026, 3, 3), "dwo", PROVIDER, "J. de Vries", "wachtlijst",
                List.of(new ContractConversation.Action("Wachtlijstcijfers aanleveren", "zorgaanbieder", LocalDate.of(2026, 4, 1))));
        ContractConversation second = log.record(LocalDate.of(2026, 3, 3), "dwo", PROVIDER, "M. Bakker", null, List.of());

        assertThat(first.id()).isEqualTo("dwo-12345678-2026-03-03");
        assertThat(second.id()).isEqualTo("dwo-12345678-2026-03-03-2");
        assertThat(store.conversationsOf("dwo")).hasSize(2).first()
                .satisfies(c -> assertThat(c.actions()).singleElement().extracting(ContractConversation.Action::owner).isEqualTo("zorgaanbieder"));
    }

    @Test
    void anUnknownRegionOrAMalformedAgbCodeIsRefused() {
        assertThatThrownBy(() -> log.record(LocalDate.of(2026, 3, 3), "zaanstreek", PROVIDER, "a", null, List.of()))
                .hasMessageContaining("unknown contracting region zaanstreek");
        assertThatThrownBy(() -> log.record(LocalDate.of(2026, 3, 3), "dwo", "1234", "a", null, List.of()))
                .hasMessageContaining("8-digit AGB code");
    }

    @Test
    void aProviderWithAConversationButNoAllocationsInTheYearIsCountedNeverFlagged() {
        log.record(LocalDate.of(2026, 3, 3), "dwo", PROVIDER, "J. de Vries", null, List.of());
        ConversationsPerYear twoToFour = new ConversationsPerYear(2, 4);

        List<ConversationFrequency.Count> counts = ConversationFrequency.counts(twoToFour, 2026, List.of("87654321"),
                store.conversationsOf("dwo"));

        assertThat(counts).extracting(ConversationFrequency.Count::provider).containsExactly(PROVIDER, "87654321");
        assertThat(counts).filteredOn(ConversationFrequency.Count::belowMinimum)
                .extracting(ConversationFrequency.Count::provider).containsExactly("87654321");
    }

    @Test
    void aBsnTypedIntoANoteOrActionIsRefusedMaskedAndOtherNumbersPass() {
        assertThatThrownBy(() -> log.record(LocalDate.of(2026, 3, 3), "dwo", PROVIDER, "a", "cliënt 999900006 besproken", List.of()))
                .hasMessageContaining("the note holds what looks like a BSN (*******06)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("999900006"));
        assertThatThrownBy(() -> log.record(LocalDate.of(2026, 3, 3), "dwo", PROVIDER, "a", null,
                List.of(new ContractConversation.Action("bel over 999900006", null, null)))).hasMessageContaining("an action");
        assertThat(store.conversationsOf("dwo")).isEmpty();

        // an AGB code, a phone number and a nine-digit number failing the elfproef are no BSN
        log.record(LocalDate.of(2026, 3, 3), "dwo", PROVIDER, "a", "AGB 12345678, tel 0612345678, ref 999900005", List.of());
        assertThat(store.conversationsOf("dwo")).hasSize(1);
    }
}
