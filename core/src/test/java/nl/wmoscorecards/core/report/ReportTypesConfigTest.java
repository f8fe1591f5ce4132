package nl.wmoscorecards.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** config/report-types.yaml: every report from seeds 000 and 001, complete and without personal data. */
class ReportTypesConfigTest {
    private static final List<ReportType> TYPES = ReportFixtures.CONFIG.reportTypes().types();

    @Test
    void everyReportTypeIsConfiguredWithItsFrequency() {
        Map<String, Frequency> frequencies = TYPES.stream()
                .collect(Collectors.toMap(ReportType::id, ReportType::frequency));

        assertThat(frequencies).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("cto", Frequency.BIENNIAL),
                Map.entry("mto", Frequency.BIENNIAL),
                Map.entry("sroi", Frequency.YEARLY),
                Map.entry("klachten", Frequency.YEARLY),
                Map.entry("financieel-jaaroverzicht", Frequency.YEARLY),
                Map.entry("clientaantallen", Frequency.PER_CONVERSATION),
                Map.entry("calamiteiten", Frequency.PER_CONVERSATION),
                Map.entry("kwaliteitscertificaat", Frequency.PER_CONVERSATION),
                Map.entry("personeel", Frequency.ON_REQUEST),
                Map.entry("wachtlijst", Frequency.ON_REQUEST),
                Map.entry("netwerkcontacten", Frequency.ON_REQUEST),
                Map.entry("fraudesignalen", Frequency.ON_REQUEST),
                Map.entry("dossiercontrole", Frequency.ON_REQUEST),
                Map.entry("verbeterplan", Frequency.ON_REQUEST),
                Map.entry("productieverantwoording", Frequency.YEARLY),
                Map.entry("accountantsverklaring", Frequency.YEARLY),
                Map.entry("bestuursverklaring", Frequency.YEARLY)));
    }

    @Test
    void onlyOnRequestReportsAreOptional() {
        assertThat(TYPES).allSatisfy(type ->
                assertThat(type.mandatory()).as(type.id()).isEqualTo(type.frequency() != Frequency.ON_REQUEST));
    }

    @Test
    void everyTypeHasADutchNameAndColumnsUnlessItIsADocument() {
        assertThat(TYPES).allSatisfy(type -> {
            assertThat(type.name()).as(type.id()).isNotBlank();
            assertThat(type.description()).as(type.id()).isNotBlank();
            assertThat(type.columns().isEmpty()).as(type.id()).isEqualTo(type.document());
        });
        assertThat(TYPES).filteredOn(ReportType::document).extracting(ReportType::id)
                .containsExactly("verbeterplan", "accountantsverklaring", "bestuursverklaring");
    }

    @Test
    void columnsAreDocumentedLowerCaseAndUnique() {
        for (ReportType type : TYPES) {
            assertThat(type.columns()).extracting(ReportColumn::key).as(type.id()).doesNotHaveDuplicates();
            assertThat(type.columns()).extracting(c -> c.header().toLowerCase(Locale.ROOT)).as(type.id())
                    .doesNotHaveDuplicates();
            assertThat(type.columns()).allSatisfy(column -> {
                assertThat(column.header()).isEqualTo(column.header().toLowerCase(Locale.ROOT));
                assertThat(column.description()).as(type.id() + "." + column.key()).isNotBlank();
                assertThat(column.type() == ColumnType.CHOICE).isEqualTo(!column.allowedValues().isEmpty()
                        && column.type() != ColumnType.TEXT);
            });
        }
    }

    @Test
    void noColumnHoldsABsnANameOrAnAddress() {
        List<String> personal = List.of("bsn", "burgerservicenummer", "adres", "postcode", "woonplaats",
                "geboortedatum", "voornaam", "achternaam", "naam cliënt", "naam client");
        for (ReportType type : TYPES) {
            for (ReportColumn column : type.columns()) {
                String words = (column.key() + " " + column.header()).toLowerCase(Locale.ROOT);
                assertThat(personal).as(type.id() + "." + column.key()).noneMatch(words::contains);
                assertThat(column.header()).as(type.id() + "." + column.key()).isNotEqualTo("naam");
            }
        }
    }

    @Test
    void productCategoriesAreTheEighteenWmo020Codes() {
        ReportColumn category = ReportFixtures.type("clientaantallen").columns().stream()
                .filter(c -> c.key().equals("productCategory")).findFirst().orElseThrow();

        assertThat(category.allowedValues()).hasSize(18).first().isEqualTo("01");
        assertThat(category.allowedValues()).last().isEqualTo("18");
    }

    @Test
    void financialAmountsAreEurosOfZeroOrMore() {
        assertThat(ReportFixtures.type("financieel-jaaroverzicht").columns())
                .filteredOn(c -> !c.key().equals("year"))
                .extracting(ReportColumn::header)
                .containsExactly("kosten personeel in loondienst", "kosten uitbesteed werk", "kosten inhuur personeel",
                        "wmo-omzet", "besteding transformatie");
        assertThat(ReportFixtures.type("financieel-jaaroverzicht").columns())
                .filteredOn(c -> c.type() == ColumnType.DECIMAL)
                .allSatisfy(c -> assertThat(c.min()).isZero());
    }
}
