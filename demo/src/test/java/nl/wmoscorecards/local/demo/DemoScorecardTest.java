package nl.wmoscorecards.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiEngine;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.NotMeasured;
import nl.wmoscorecards.core.kpi.ProviderReports;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import nl.wmoscorecards.fixtures.InMemoryAllocationStore;
import nl.wmoscorecards.fixtures.InMemorySurveyResponseStore;
import nl.wmoscorecards.local.demo.EventFileReader.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folds the demo's CSV / JSON Lines events with the core model and runs the KPI engine: the scorecard
 * must be varied (every band, and providers not measured).
 */
class DemoScorecardTest {
    private static final int YEAR = DemoDataGeneratorTest.YEAR;

    @TempDir
    Path out;

    @Test
    void theDemoGivesAVariedScorecard() throws IOException {
        ScorecardsConfig config = ConfigLoader.fromClasspath();
        DemoData data = new DemoDataGenerator(config, YEAR, 42L).generate(out);
        InMemoryAllocationStore allocations = new InMemoryAllocationStore();
        allocations.apply(toEvents(EventFileReader.read(data.eventFiles())));
        InMemorySurveyResponseStore surveys = new InMemorySurveyResponseStore();
        surveys.save(data.surveyResponses());

        KpiEngine engine = new KpiEngine(config);
        List<KpiResult> results = config.regions().measurementRegions().stream()
                .flatMap(region -> engine.measureRegion(YEAR, LocalDate.of(YEAR + 1, 2, 1), region, allocations, surveys,
                        ProviderReports.NONE).results().stream())
                .toList();

        // -Ddemo.printScorecard=true prints the scorecard, to eyeball the demo when tuning it.
        if (Boolean.getBoolean("demo.printScorecard")) {
            results.forEach(r -> System.out.printf("%-30s %s %-22s %-5s %6.1f %-12s n=%d clients=%d %s%n", r.region(), r.provider(), r.kpi(),
                    r.measured(), r.value() == null ? Double.NaN : r.value(), r.band(), r.denominator(), r.clients(), r.notMeasured()));
        }
        Set<String> regions = results.stream().map(KpiResult::region).collect(Collectors.toSet());
        assertThat(regions).contains("purmerend-edam-volendam", "oostzaan-waterland-landsmeer", "zaanstad-wormerland");
        for (String kpi : List.of("start-within-6-weeks", "result-achieved")) {
            assertThat(bands(results, kpi)).as(kpi).contains(Band.GOOD, Band.SUFFICIENT, Band.INSUFFICIENT);
        }
        assertThat(bands(results, "client-satisfaction")).contains(Band.ACHIEVED, Band.NOT_ACHIEVED);
        assertThat(results).as("fewer than 10 clients").anyMatch(r -> notMeasuredFor(r, NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE));
        assertThat(results).as("fewer than 10 respondents").anyMatch(r -> notMeasuredFor(r, NotMeasured.Reason.TOO_FEW_RESPONDENTS));
        assertThat(results).as("causes of non-achievement").anyMatch(r -> !r.causes().isEmpty());
    }

    private static boolean notMeasuredFor(KpiResult r, NotMeasured.Reason reason) {
        return !r.measured() && r.notMeasured().reason() == reason;
    }

    private static Set<Band> bands(List<KpiResult> results, String kpi) {
        return results.stream().filter(r -> r.kpi().equals(kpi) && r.band() != null).map(KpiResult::band).collect(Collectors.toSet());
    }

    private static List<AllocationEvent> toEvents(List<Line> lines) {
        Pseudonymizer pseudonymizer = new Pseudonymizer(new byte[32]);
        List<AllocationEvent> events = new ArrayList<>();
        for (Line l : lines) {
            MessageStamp stamp = new MessageStamp(Instant.parse(l.get("sentAt")), l.get("messageId"));
            AllocationKey key = new AllocationKey(l.get("municipality"), l.get("allocationNumber"));
            String provider = l.get("provider");
            boolean retraction = "delete".equals(l.get("status"));
            events.add(switch (l.type()) {
                case "301" -> new Toewijzing(stamp, key, provider, pseudonymizer.pseudonymOf(l.get("bsn")),
                        l.get("productCategory"), l.get("productCode"), date(l.get("startDate")), date(l.get("endDate")),
                        l.get("changeReason"));
                case "305" -> new StartZorg(stamp, key, provider, date(l.get("startDate")), retraction);
                case "307" -> new StopZorg(stamp, key, provider, date(l.get("endDate")), l.get("reason"), retraction);
                default -> new Evaluation(stamp, key, provider, date(l.get("date")),
                        EvaluationResult.fromCode(l.get("result")).orElseThrow(),
                        l.get("cause") == null ? null : NonAchievementCause.fromCode(l.get("cause")).orElseThrow());
            });
        }
        return events;
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
