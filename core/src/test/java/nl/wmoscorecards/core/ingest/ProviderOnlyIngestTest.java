package nl.wmoscorecards.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.allocation.LeftOutMessages;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.MeasureInput;
import nl.wmoscorecards.core.kpi.Measures;
import nl.wmoscorecards.core.kpi.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Only the allocation's provider may start or stop it, through the one ingest code path and a folding in-memory
 * store (the fast core path; the DynamoDB store path is in the tests module). Start within 6 weeks of a 301 on
 * 3 March 2025 by a 305 on 10 March: 1/1 when the 301's provider sends it, 0/1 when another provider does.
 */
class ProviderOnlyIngestTest {
    static final String PROVIDER = "12345678";
    static final String OTHER = "87654321";
    private static final String BSN = "999900018";

    enum Format { XML, CSV, JSONL }

    /** A folding store in memory: what DynamoAllocationStore does, without DynamoDB. */
    static final class FoldingStore implements AllocationStore {
        final Map<AllocationKey, Allocation> allocations = new TreeMap<>(
                java.util.Comparator.comparing(AllocationKey::toString));

        @Override
        public synchronized void apply(Collection<? extends AllocationEvent> events) {
            for (AllocationEvent event : events) {
                allocations.merge(event.key(), Allocation.empty(event.key()).apply(event), (a, b) -> a.apply(event));
            }
        }

        @Override
        public synchronized List<Allocation> allocationsOf(String municipality) {
            return allocations.values().stream().filter(a -> a.key().municipality().equals(municipality)).toList();
        }
    }

    private final FoldingStore store = new FoldingStore();
    private final AllocationIngest ingest = new AllocationIngest(store, ConfigLoader.fromClasspath().regions(),
            IwmoFixtures.PSEUDONYMIZER);

    // ---------------------------------------------------------------- messages in each format

    static String[] assign(Format format, String allocationNumber) {
        return switch (format) {
            case XML -> new String[] {"301.xml", xml301(allocationNumber)};
            case CSV -> new String[] {"301.csv", "type,messageId,sentAt,municipality,provider,allocationNumber,bsn,"
                    + "productCategory,startDate\n301,T1,2025-03-01T09:00:00Z,0479," + PROVIDER + ","
                    + allocationNumber + "," + BSN + ",02,2025-03-03\n"};
            case JSONL -> new String[] {"301.jsonl", "{\"type\":\"301\",\"messageId\":\"T1\",\"sentAt\":"
                    + "\"2025-03-01T09:00:00Z\",\"municipality\":\"0479\",\"provider\":\"" + PROVIDER
                    + "\",\"allocationNumber\":\"" + allocationNumber + "\",\"bsn\":\"" + BSN
                    + "\",\"productCategory\":\"02\",\"startDate\":\"2025-03-03\"}\n"};
        };
    }

    static String[] start(Format format, String sender, String allocationNumber) {
        return switch (format) {
            case XML -> new String[] {"305.xml", xml305(sender, allocationNumber)};
            case CSV -> new String[] {"305.csv", "type;messageId;sentAt;municipality;provider;allocationNumber;startDate\n"
                    + "305;S1;2025-03-11T08:00:00Z;0479;" + sender + ";" + allocationNumber + ";2025-03-10\n"};
            case JSONL -> new String[] {"305.jsonl", "{\"type\":\"305\",\"messageId\":\"S1\",\"sentAt\":"
                    + "\"2025-03-11T08:00:00Z\",\"municipality\":\"0479\",\"provider\":\"" + sender
                    + "\",\"allocationNumber\":\"" + allocationNumber + "\",\"startDate\":\"2025-03-10\"}\n"};
        };
    }

    static String xml301(String allocationNumber) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wmo301:Bericht xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\" "
                + "xmlns:wmo301=\"http://www.istandaarden.nl/iwmo/3_2/wmo301/schema\"><wmo301:Header>"
                + "<wmo301:BerichtCode>414</wmo301:BerichtCode><wmo301:Afzender>0479</wmo301:Afzender>"
                + "<wmo301:Ontvanger>" + PROVIDER + "</wmo301:Ontvanger><wmo301:BerichtIdentificatie>"
                + "<iwmo:Identificatie>T1</iwmo:Identificatie><iwmo:Dagtekening>2025-03-01</iwmo:Dagtekening>"
                + "</wmo301:BerichtIdentificatie></wmo301:Header><wmo301:Client><wmo301:Bsn>" + BSN + "</wmo301:Bsn>"
                + "<wmo301:ToegewezenProducten><wmo301:ToegewezenProduct><wmo301:ToewijzingNummer>" + allocationNumber
                + "</wmo301:ToewijzingNummer><wmo301:Product><iwmo:Categorie>02</iwmo:Categorie></wmo301:Product>"
                + "<wmo301:Toewijzingsdatum>2025-03-01</wmo301:Toewijzingsdatum>"
                + "<wmo301:Toewijzingstijd>10:00:00</wmo301:Toewijzingstijd>"
                + "<wmo301:Ingangsdatum>2025-03-03</wmo301:Ingangsdatum></wmo301:ToegewezenProduct>"
                + "</wmo301:ToegewezenProducten></wmo301:Client></wmo301:Bericht>";
    }

    static String xml305(String sender, String allocationNumber) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wmo305:Bericht xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\" "
                + "xmlns:wmo305=\"http://www.istandaarden.nl/iwmo/3_2/wmo305/schema\"><wmo305:Header>"
                + "<wmo305:BerichtCode>418</wmo305:BerichtCode><wmo305:Afzender>" + sender + "</wmo305:Afzender>"
                + "<wmo305:Ontvanger>0479</wmo305:Ontvanger><wmo305:BerichtIdentificatie>"
                + "<iwmo:Identificatie>S1</iwmo:Identificatie><iwmo:Dagtekening>2025-03-11</iwmo:Dagtekening>"
                + "</wmo305:BerichtIdentificatie></wmo305:Header><wmo305:Client><wmo305:Bsn>" + BSN + "</wmo305:Bsn>"
                + "<wmo305:StartProducten><wmo305:StartProduct><wmo305:ToewijzingNummer>" + allocationNumber
                + "</wmo305:ToewijzingNummer><wmo305:Begindatum>2025-03-10</wmo305:Begindatum>"
                + "<wmo305:StatusAanlevering>1</wmo305:StatusAanlevering></wmo305:StartProduct>"
                + "</wmo305:StartProducten></wmo305:Client></wmo305:Bericht>";
    }

    private IngestReport ingest(String[] input) throws IOException {
        return ingest.ingest(input[0], new ByteArrayInputStream(input[1].getBytes(StandardCharsets.UTF_8)));
    }

    /** Start within 42 days, 2025 measured on 1 March 2026, over the counted allocations of Zaanstad. */
    static Tally startWithinSixWeeks(List<Allocation> allocations) {
        KpiDefinition kpi = new KpiDefinition("start-within-6-weeks", "Start", "", "start-within-days",
                Map.of("days", 42), "count", null, null);
        KpiCatalog catalog = new KpiCatalog(2025, "test", 10, false, List.of(kpi));
        List<Allocation> countable = allocations.stream().filter(Allocation::isCountable).toList();
        return Measures.named(kpi.measure())
                .compute(new MeasureInput(2025, LocalDate.of(2026, 3, 1), catalog, countable, List.of()), kpi);
    }

    private Tally measured() {
        return startWithinSixWeeks(store.allocationsOf("0479"));
    }

    // ---------------------------------------------------------------- the 301 first: refused at ingest

    @ParameterizedTest
    @EnumSource(Format.class)
    void aStartFromTheAllocationsOwnProviderCounts(Format format) throws IOException {
        assertThat(ingest(assign(format, "101")).hasRejections()).isFalse();

        IngestReport report = ingest(start(format, PROVIDER, "101"));

        assertThat(report.hasRejections()).isFalse();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(measured().numerator()).isEqualByComparingTo("1");
        assertThat(measured().denominator()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aStartFromAnotherProviderIsRefusedNamingBothAgbCodesAndNothingIsStored(Format format) throws IOException {
        ingest(assign(format, "101"));

        IngestReport report = ingest(start(format, OTHER, "101"));

        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(start(format, OTHER, "101")[0]);
            assertThat(e.location()).isEqualTo(format == Format.XML ? "message S1" : "line " + (format == Format.CSV ? 2 : 1));
            assertThat(e.field()).isEqualTo("provider");
            assertThat(e.value()).isEqualTo(OTHER);
            assertThat(e.rule()).contains(OTHER).contains(PROVIDER).contains("0479/101");
        });
        assertThat(report.toJson()).contains(OTHER).contains(PROVIDER);
        Allocation stored = store.allocationsOf("0479").get(0);
        assertThat(stored.startsBySender()).isEmpty();
        assertThat(measured().numerator()).isEqualByComparingTo("0");
        assertThat(measured().denominator()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"CSV", "JSONL"})
    void a301LaterInTheSameFileIsKnownAtIngestToo(Format format) throws IOException {
        String[] start = start(format, OTHER, "101");
        String[] assign = assign(format, "101");
        String both = format == Format.CSV
                ? "type,messageId,sentAt,municipality,provider,allocationNumber,bsn,productCategory,startDate\n"
                        + "305,S1,2025-03-11T08:00:00Z,0479," + OTHER + ",101,,,2025-03-10\n"
                        + assign[1].lines().skip(1).findFirst().orElseThrow() + "\n"
                : start[1] + assign[1];

        IngestReport report = ingest(new String[] {"both." + format.name().toLowerCase(), both});

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo(
                format == Format.CSV ? "line 2" : "line 1"));
        assertThat(store.allocationsOf("0479").get(0).startsBySender()).isEmpty();
    }

    @Test
    void anXmlMessageWithOneProductForAnotherProvidersAllocationIsRefusedWhole() throws IOException {
        ingest(assign(Format.XML, "101"));
        ingest(new String[] {"102.csv", "type,messageId,sentAt,municipality,provider,allocationNumber,bsn,"
                + "productCategory,startDate\n301,T2,2025-03-01T09:00:00Z,0479," + OTHER + ",102," + BSN
                + ",02,2025-03-03\n"});
        String twoProducts = xml305(PROVIDER, "101").replace("</wmo305:StartProducten>",
                "<wmo305:StartProduct><wmo305:ToewijzingNummer>102</wmo305:ToewijzingNummer>"
                        + "<wmo305:Begindatum>2025-03-10</wmo305:Begindatum>"
                        + "<wmo305:StatusAanlevering>1</wmo305:StatusAanlevering></wmo305:StartProduct>"
                        + "</wmo305:StartProducten>");

        IngestReport report = ingest(new String[] {"305.xml", twoProducts});

        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.rule()).contains("0479/102")
                .contains(PROVIDER).contains(OTHER));
        assertThat(store.allocationsOf("0479")).allSatisfy(a -> assertThat(a.startsBySender()).isEmpty());
    }

    // ---------------------------------------------------------------- the 305 first: stored, left out, reported

    @ParameterizedTest
    @EnumSource(Format.class)
    void aStartFromAnotherProviderBeforeIts301IsLeftOutAndReported(Format format) throws IOException {
        assertThat(ingest(start(format, OTHER, "101")).hasRejections()).isFalse();
        assertThat(ingest(assign(format, "101")).hasRejections()).isFalse();

        assertThat(measured().numerator()).isEqualByComparingTo("0");
        assertThat(measured().denominator()).isEqualTo(1);
        LeftOutMessages leftOut = LeftOutMessages.of("zaanstad-wormerland", store.allocationsOf("0479"));
        assertThat(leftOut.entries()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(new AllocationKey("0479", "101"));
            assertThat(e.message().sender()).isEqualTo(OTHER);
            assertThat(e.provider()).isEqualTo(PROVIDER);
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aStartFromTheOwnProviderBeforeIts301Counts(Format format) throws IOException {
        ingest(start(format, PROVIDER, "101"));
        ingest(assign(format, "101"));

        assertThat(measured().numerator()).isEqualByComparingTo("1");
        assertThat(LeftOutMessages.of("zaanstad-wormerland", store.allocationsOf("0479")).isEmpty()).isTrue();
    }

    // ---------------------------------------------------------------- ToewijzingNummer is an integer

    @Test
    void a301InXmlWithLeadingZerosMeetsA305InCsvWithout() throws IOException {
        ingest(assign(Format.XML, "0101"));

        assertThat(ingest(start(Format.CSV, OTHER, "101")).errors()).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("0479/101"));
        assertThat(ingest(start(Format.CSV, PROVIDER, "101")).hasRejections()).isFalse();

        assertThat(store.allocationsOf("0479")).singleElement()
                .satisfies(a -> assertThat(a.actualStartDate()).isEqualTo("2025-03-10"));
    }

    @Test
    void a305InXmlWithLeadingZerosMeetsA301InJsonLinesWithLeadingZeros() throws IOException {
        ingest(assign(Format.JSONL, "00101"));
        ingest(start(Format.XML, PROVIDER, "0101"));

        assertThat(store.allocationsOf("0479")).singleElement().satisfies(a -> {
            assertThat(a.key().allocationNumber()).isEqualTo("101");
            assertThat(a.actualStartDate()).isEqualTo("2025-03-10");
        });
    }
}
