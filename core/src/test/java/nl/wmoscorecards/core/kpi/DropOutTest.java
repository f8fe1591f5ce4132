package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.kpi.AllocationFixture.PROVIDER;
import static nl.wmoscorecards.core.kpi.AllocationFixture.allocation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.EventFields;
import nl.wmoscorecards.core.ingest.EventSink;
import nl.wmoscorecards.core.ingest.IngestError;
import nl.wmoscorecards.core.ingest.JsonLinesParser;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.region.MeasurementRegion;
import org.junit.jupiter.api.Test;

/**
 * Midden-Limburg's termination KPI with its real catalogue: drop-out only ("alleen bij uitval", seed 004), i.e.
 * allocations ended (307) in the year before the planned end date of their 301, broken down by reason code.
 */
class DropOutTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final KpiCatalog MIDDEN_LIMBURG = CONFIG.kpiCatalog("midden-limburg", 2025).orElseThrow();
    private static final KpiDefinition TERMINATION = MIDDEN_LIMBURG.kpi("termination-reasons").orElseThrow();
    private static final MeasurementRegion REGION = CONFIG.regions().measurementRegion("midden-limburg").orElseThrow();

    private static Tally terminations(List<Allocation> own) {
        MeasureInput input = new MeasureInput(2025, LocalDate.of(2026, 3, 1), MIDDEN_LIMBURG, own, List.of());
        return Measures.named(TERMINATION.measure())
                .compute(new MeasureContext(input, REGION, PROVIDER, own, ProviderReports.NONE), TERMINATION);
    }

    private static Tally terminations(Allocation... own) {
        return terminations(List.of(own));
    }

    @Test
    void endingOnThePlannedEndDateIsNoDropOutOneDayBeforeIs() {
        Tally o = terminations(
                allocation().assigned("2025-01-01", "2025-06-30").started("2025-01-06").stopped("2025-06-30", "19").build(),
                allocation().assigned("2025-01-01", "2025-06-30").started("2025-01-06").stopped("2025-06-29", "21").build());
        assertThat(o.numerator()).isEqualByComparingTo("1");
        assertThat(o.causes()).containsExactlyEntriesOf(Map.of("21", 1));
    }

    @Test
    void endingAfterThePlannedEndDateOrWithoutOneIsNoDropOut() {
        Tally o = terminations(
                allocation().assigned("2025-01-01", "2025-06-30").started("2025-01-06").stopped("2025-07-01", "22").build(),
                allocation().assigned("2025-01-01").started("2025-01-06").stopped("2025-05-01", "22").build());
        assertThat(o.numerator()).isEqualByComparingTo("0");
        assertThat(o.causes()).isEmpty();
    }

    @Test
    void onlyDropOutsEndedInTheYearCountWithTheirReasons() {
        Tally o = terminations(
                allocation().assigned("2024-06-01", "2025-12-31").started("2024-06-03").stopped("2024-12-31", "02").build(),
                allocation().assigned("2025-01-01", "2026-12-31").started("2025-01-06").stopped("2025-01-01", "02").build(),
                allocation().assigned("2025-01-01", "2026-12-31").started("2025-01-06").stopped("2025-12-31", "23").build(),
                allocation().assigned("2025-01-01", "2026-12-31").started("2025-01-06").stopped("2025-11-01", "23").build(),
                allocation().assigned("2025-01-01", "2026-12-31").started("2025-01-06").stopped("2026-01-01", "23").build(),
                allocation().assigned("2025-01-01", "2025-09-30").started("2025-01-06").stopped("2025-09-30", "19").build());
        assertThat(o.numerator()).isEqualByComparingTo("3");
        assertThat(o.causes()).containsExactlyInAnyOrderEntriesOf(Map.of("02", 1, "23", 2));
    }

    /**
     * Historic iWmo 2.x exports carry 33 (continued under the Zvw) and 34 (under the Wlz); the breakdown keeps them
     * apart, and apart from 3.2's 39 (another domain), from the uploaded line to the result.
     */
    @Test
    void zvwAndWlzKeepTheirOwnReasonCodesFromIngestToTheBreakdown() throws IOException {
        String lines = String.join("\n",
                allocationLines("900001", "33"), allocationLines("900002", "34"), allocationLines("900003", "34"),
                allocationLines("900004", "39"));
        Map<AllocationKey, List<AllocationEvent>> byKey = new LinkedHashMap<>();
        List<IngestError> errors = new ArrayList<>();
        EventFields fields = new EventFields(CONFIG.regions(), new Pseudonymizer(new byte[32]), true);
        new JsonLinesParser(fields).parse("historic.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                new EventSink() {
                    @Override
                    public void message(String file, String location, List<AllocationEvent> events) {
                        events.forEach(event -> byKey.computeIfAbsent(event.key(), k -> new ArrayList<>()).add(event));
                    }

                    @Override
                    public void error(IngestError error) {
                        errors.add(error);
                    }
                });
        assertThat(errors).isEmpty();
        List<Allocation> own = byKey.entrySet().stream()
                .map(e -> Allocation.empty(e.getKey()).applyAll(e.getValue())).toList();

        Tally o = terminations(own);

        assertThat(o.causes()).containsExactlyInAnyOrderEntriesOf(Map.of("33", 1, "34", 2, "39", 1));
        assertThat(o.numerator()).isEqualByComparingTo("4");
    }

    /** A 301 planned to the end of 2025, its 305 and a 307 on 1 May 2025 with the given reason, in Roermond. */
    private static String allocationLines(String number, String reason) {
        String common = "\"municipality\":\"0957\",\"provider\":\"" + PROVIDER + "\",\"allocationNumber\":\"" + number + "\"";
        return String.join("\n",
                "{\"type\":\"301\",\"messageId\":\"M" + number + "1\",\"sentAt\":\"2025-01-02T10:00:00Z\"," + common
                        + ",\"bsn\":\"999911120\",\"productCategory\":\"02\",\"startDate\":\"2025-01-06\",\"endDate\":\"2025-12-31\"}",
                "{\"type\":\"305\",\"messageId\":\"M" + number + "2\",\"sentAt\":\"2025-01-07T10:00:00Z\"," + common
                        + ",\"startDate\":\"2025-01-06\"}",
                "{\"type\":\"307\",\"messageId\":\"M" + number + "3\",\"sentAt\":\"2025-05-02T10:00:00Z\"," + common
                        + ",\"endDate\":\"2025-05-01\",\"reason\":\"" + reason + "\"}");
    }
}
