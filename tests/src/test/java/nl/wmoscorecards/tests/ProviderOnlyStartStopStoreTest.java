package nl.wmoscorecards.tests;

import static nl.wmoscorecards.tests.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.LeftOutMessages;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.MeasureInput;
import nl.wmoscorecards.core.kpi.Measures;
import nl.wmoscorecards.core.kpi.Tally;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.tests.CliRunner.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Only the allocation's provider may start or stop it, on the DynamoDB store (embedded server) and through the
 * CLI: refused at ingest when the 301 is stored, left out of the fold and reported by kpi-run when the 305 came
 * first. The boundary: start within 6 weeks is 1/1 with the 301's AGB and 0/1 with another.
 */
@Tag("integration")
class ProviderOnlyStartStopStoreTest {
    private static final String PROVIDER = "12345678";
    private static final String OTHER = "87654321";
    private static final String BSN = "999900018";
    private static final byte[] KEY = "k".repeat(32).getBytes(StandardCharsets.US_ASCII);

    enum Format { XML, CSV, JSONL }

    @TempDir
    Path work;

    private static String[] assign(Format format) {
        return switch (format) {
            case XML -> new String[] {"301.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<wmo301:Bericht xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\" "
                    + "xmlns:wmo301=\"http://www.istandaarden.nl/iwmo/3_2/wmo301/schema\"><wmo301:Header>"
                    + "<wmo301:BerichtCode>414</wmo301:BerichtCode><wmo301:Afzender>0479</wmo301:Afzender>"
                    + "<wmo301:Ontvanger>" + PROVIDER + "</wmo301:Ontvanger><wmo301:BerichtIdentificatie>"
                    + "<iwmo:Identificatie>T1</iwmo:Identificatie><iwmo:Dagtekening>2025-03-01</iwmo:Dagtekening>"
                    + "</wmo301:BerichtIdentificatie></wmo301:Header><wmo301:Client><wmo301:Bsn>" + BSN
                    + "</wmo301:Bsn><wmo301:ToegewezenProducten><wmo301:ToegewezenProduct>"
                    + "<wmo301:ToewijzingNummer>0101</wmo301:ToewijzingNummer>"
                    + "<wmo301:Product><iwmo:Categorie>02</iwmo:Categorie></wmo301:Product>"
                    + "<wmo301:Toewijzingsdatum>2025-03-01</wmo301:Toewijzingsdatum>"
                    + "<wmo301:Toewijzingstijd>10:00:00</wmo301:Toewijzingstijd>"
                    + "<wmo301:Ingangsdatum>2025-03-03</wmo301:Ingangsdatum></wmo301:ToegewezenProduct>"
                    + "</wmo301:ToegewezenProducten></wmo301:Client></wmo301:Bericht>"};
            case CSV -> new String[] {"301.csv", "type,messageId,sentAt,municipality,provider,allocationNumber,bsn,"
                    + "productCategory,startDate\n301,T1,2025-03-01T09:00:00Z,0479," + PROVIDER + ",101," + BSN
                    + ",02,2025-03-03\n"};
            case JSONL -> new String[] {"301.jsonl", "{\"type\":\"301\",\"messageId\":\"T1\",\"sentAt\":"
                    + "\"2025-03-01T09:00:00Z\",\"municipality\":\"0479\",\"provider\":\"" + PROVIDER
                    + "\",\"allocationNumber\":\"101\",\"bsn\":\"" + BSN
                    + "\",\"productCategory\":\"02\",\"startDate\":\"2025-03-03\"}\n"};
        };
    }

    private static String[] start(Format format, String sender) {
        return switch (format) {
            case XML -> new String[] {"305.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<wmo305:Bericht xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\" "
                    + "xmlns:wmo305=\"http://www.istandaarden.nl/iwmo/3_2/wmo305/schema\"><wmo305:Header>"
                    + "<wmo305:BerichtCode>418</wmo305:BerichtCode><wmo305:Afzender>" + sender + "</wmo305:Afzender>"
                    + "<wmo305:Ontvanger>0479</wmo305:Ontvanger><wmo305:BerichtIdentificatie>"
                    + "<iwmo:Identificatie>S1</iwmo:Identificatie><iwmo:Dagtekening>2025-03-11</iwmo:Dagtekening>"
                    + "</wmo305:BerichtIdentificatie></wmo305:Header><wmo305:Client><wmo305:Bsn>" + BSN
                    + "</wmo305:Bsn><wmo305:StartProducten><wmo305:StartProduct>"
                    + "<wmo305:ToewijzingNummer>101</wmo305:ToewijzingNummer>"
                    + "<wmo305:Begindatum>2025-03-10</wmo305:Begindatum>"
                    + "<wmo305:StatusAanlevering>1</wmo305:StatusAanlevering></wmo305:StartProduct>"
                    + "</wmo305:StartProducten></wmo305:Client></wmo305:Bericht>"};
            case CSV -> new String[] {"305.csv", "type;messageId;sentAt;municipality;provider;allocationNumber;startDate\n"
                    + "305;S1;2025-03-11T08:00:00Z;0479;" + sender + ";0101;2025-03-10\n"};
            case JSONL -> new String[] {"305.jsonl", "{\"type\":\"305\",\"messageId\":\"S1\",\"sentAt\":"
                    + "\"2025-03-11T08:00:00Z\",\"municipality\":\"0479\",\"provider\":\"" + sender
                    + "\",\"allocationNumber\":\"101\",\"startDate\":\"2025-03-10\"}\n"};
        };
    }

    private static IngestReport ingest(LocalRuntime runtime, String[] input) throws IOException {
        return runtime.allocationIngest().ingest(input[0],
                new ByteArrayInputStream(input[1].getBytes(StandardCharsets.UTF_8)));
    }

    /** Start within 42 days for 2025 on 1 March 2026 over the stored, counted allocations of Zaanstad. */
    private static Tally startWithinSixWeeks(LocalRuntime runtime) {
        KpiDefinition kpi = new KpiDefinition("start-within-6-weeks", "Start", "", "start-within-days",
                Map.of("days", 42), "count", null, null);
        KpiCatalog catalog = new KpiCatalog(2025, "test", 10, false, List.of(kpi));
        List<Allocation> countable = runtime.stores().allocations().allocationsOf("0479").stream()
                .filter(Allocation::isCountable).toList();
        return Measures.named(kpi.measure())
                .compute(new MeasureInput(2025, LocalDate.of(2026, 3, 1), catalog, countable, List.of()), kpi);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void withThe301StoredAnotherProvidersStartIsRefusedAndTheOwnProvidersCounts(Format format) throws IOException {
        try (LocalRuntime runtime = LocalRuntime.inMemory(work, KEY)) {
            assertThat(ingest(runtime, assign(format)).hasRejections()).isFalse();

            IngestReport foreign = ingest(runtime, start(format, OTHER));

            assertThat(foreign.accepted()).isZero();
            assertThat(foreign.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("provider");
                assertThat(e.value()).isEqualTo(OTHER);
                assertThat(e.rule()).contains(OTHER).contains(PROVIDER);
            });
            assertThat(runtime.stores().allocations().allocationsOf("0479")).singleElement()
                    .satisfies(a -> assertThat(a.startsBySender()).isEmpty());
            assertThat(startWithinSixWeeks(runtime).numerator()).isEqualByComparingTo("0");
            assertThat(startWithinSixWeeks(runtime).denominator()).isEqualTo(1);

            assertThat(ingest(runtime, start(format, PROVIDER)).hasRejections()).isFalse();
            assertThat(startWithinSixWeeks(runtime).numerator()).isEqualByComparingTo("1");
            assertThat(startWithinSixWeeks(runtime).denominator()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anotherProvidersStartBeforeThe301IsStoredButLeftOutAndReported(Format format) throws IOException {
        try (LocalRuntime runtime = LocalRuntime.inMemory(work, KEY)) {
            assertThat(ingest(runtime, start(format, OTHER)).hasRejections()).isFalse();
            assertThat(ingest(runtime, assign(format)).hasRejections()).isFalse();

            assertThat(startWithinSixWeeks(runtime).numerator()).isEqualByComparingTo("0");
            assertThat(startWithinSixWeeks(runtime).denominator()).isEqualTo(1);
            LeftOutMessages leftOut = LeftOutMessages.of("zaanstad-wormerland",
                    runtime.stores().allocations().allocationsOf("0479"));
            assertThat(leftOut.entries()).singleElement().satisfies(e -> {
                assertThat(e.key()).isEqualTo(new AllocationKey("0479", "101"));
                assertThat(e.message().sender()).isEqualTo(OTHER);
                assertThat(e.provider()).isEqualTo(PROVIDER);
            });
        }
    }

    @Test
    void theStoreReadsWantedAllocationsByKeyAndByWholeMunicipalityAlike() throws IOException {
        List<AllocationEvent> events = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            AllocationKey key = new AllocationKey("0479", Integer.toString(1000 + i));
            events.add(new Toewijzing(new MessageStamp(java.time.Instant.parse("2025-01-01T00:00:00Z"), "t" + i), key,
                    i % 2 == 0 ? PROVIDER : OTHER, "c" + i, "02", null, LocalDate.of(2025, 1, 1), null, null));
            events.add(new StartZorg(new MessageStamp(java.time.Instant.parse("2025-01-05T00:00:00Z"), "s" + i), key,
                    OTHER, LocalDate.of(2025, 1, 4), false));
        }
        try (LocalRuntime runtime = LocalRuntime.inMemory(work, KEY)) {
            runtime.stores().allocations().apply(events);
            Map<AllocationKey, Allocation> whole = new java.util.HashMap<>();
            runtime.stores().allocations().allocationsOf("0479").forEach(a -> whole.put(a.key(), a));

            List<AllocationKey> few = List.of(new AllocationKey("0479", "1000"), new AllocationKey("0479", "1001"),
                    new AllocationKey("0479", "100"), new AllocationKey("0479", "999"));
            List<AllocationKey> many = new ArrayList<>(whole.keySet());
            many.add(new AllocationKey("0479", "5"));

            assertThat(runtime.stores().allocations().allocations(few)).containsOnlyKeys(few.subList(0, 2))
                    .containsEntry(few.get(0), whole.get(few.get(0))).containsEntry(few.get(1), whole.get(few.get(1)));
            assertThat(runtime.stores().allocations().allocations(many)).isEqualTo(whole);
            assertThat(Set.copyOf(runtime.stores().allocations().allocations(few).values()))
                    .allSatisfy(a -> assertThat(a.startsBySender()).containsOnlyKeys(OTHER));
        }
    }

    @Test
    void theCliRefusesAnotherProvidersStartAndKpiRunReportsOneThatCameFirst() throws IOException {
        Path data = work.resolve("data");
        Path assign301 = write(assign(Format.CSV));
        Path foreign305 = write(start(Format.JSONL, OTHER));
        Path report = work.resolve("errors.json");

        assertThat(cli("ingest-events", "--data", data.toString(), assign301.toString()).exit()).isZero();
        Run refused = cli("ingest-events", "--data", data.toString(), "--report", report.toString(),
                foreign305.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains(foreign305 + ", line 1, field provider = '" + OTHER + "': ")
                .contains("allocation's 301 names provider AGB " + PROVIDER);
        JsonNode errors = JsonMapper.builder().build().readTree(report.toFile());
        assertThat(errors.get("errors").get(0).get("value").asString()).isEqualTo(OTHER);
        assertThat(errors.get("errors").get(0).get("rule").asString()).contains(PROVIDER);

        Path early = work.resolve("early");
        assertThat(cli("ingest-events", "--data", early.toString(), foreign305.toString()).exit()).isZero();
        assertThat(cli("ingest-events", "--data", early.toString(), assign301.toString()).exit()).isZero();
        Run kpi = cli("kpi-run", "--data", early.toString(), "--year", "2025", "--as-of", "2026-03-01");

        assertThat(kpi.exit()).as(kpi.out()).isZero();
        assertThat(kpi.out()).contains("left-out   1 start/stop messages (305/307) not counted")
                .contains("left out: region zaanstad-wormerland, allocation 0479/101: 305 message S1")
                .contains("by AGB " + OTHER).contains("the 301 names AGB " + PROVIDER);
    }

    private Path write(String[] input) throws IOException {
        Path file = work.resolve(input[0]);
        Files.writeString(file, input[1], StandardCharsets.UTF_8);
        return file;
    }
}
