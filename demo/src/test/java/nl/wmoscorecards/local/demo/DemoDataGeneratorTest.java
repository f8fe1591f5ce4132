package nl.wmoscorecards.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.privacy.Bsn;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.local.demo.EventFileReader.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {
    static final int YEAR = 2026;
    private static final Set<String> STOP_REASONS = Set.of("02", "19", "20", "21", "22", "23", "31", "36", "37", "38", "39");
    private static final Pattern NINE_DIGITS = Pattern.compile("(?=(\\d{9}))");

    @TempDir
    static Path first;
    @TempDir
    static Path second;
    @TempDir
    static Path otherSeed;

    static ScorecardsConfig config;
    static DemoData data;
    static List<Line> lines;

    @BeforeAll
    static void generate() throws IOException {
        config = ConfigLoader.fromClasspath();
        data = new DemoDataGenerator(config, YEAR, 42L).generate(first);
        lines = EventFileReader.read(data.eventFiles());
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDifferentOnes() throws IOException {
        DemoData again = new DemoDataGenerator(config, YEAR, 42L).generate(second);
        DemoData other = new DemoDataGenerator(config, YEAR, 7L).generate(otherSeed);

        assertThat(again.eventFiles()).hasSameSizeAs(data.eventFiles());
        for (int i = 0; i < data.eventFiles().size(); i++) {
            Path a = data.eventFiles().get(i);
            Path b = again.eventFiles().get(i);
            assertThat(b.getFileName()).isEqualTo(a.getFileName());
            assertThat(Files.mismatch(a, b)).as(a.getFileName().toString()).isEqualTo(-1L);
        }
        assertThat(again.surveyResponses()).isEqualTo(data.surveyResponses());
        assertThat(again.allocations()).isEqualTo(data.allocations());
        assertThat(Files.mismatch(data.eventFiles().get(0), other.eventFiles().get(0))).isNotEqualTo(-1L);
    }

    @Test
    void sizeFitsADemo() {
        assertThat(data.allocations()).isBetween(5_000, 15_000);
        assertThat(data.clients()).isBetween(3_000, data.allocations());
        assertThat(data.events()).isGreaterThan(data.allocations() * 2);
        // Lines in the event files plus the XML messages.
        assertThat(data.events()).isGreaterThan(lines.size());
        assertThat(data.eventFiles()).allMatch(Files::exists);
        assertThat(data.eventFiles().get(data.eventFiles().size() - 1).getFileName()).hasToString("iwmo-berichten.zip");
    }

    @Test
    void everyRegionHasFilesAndEveryMunicipalityIsConfigured() {
        Set<String> configured = config.regions().measurementRegions().stream()
                .flatMap(r -> r.municipalities().keySet().stream()).collect(Collectors.toSet());
        assertThat(lines).allSatisfy(l -> assertThat(configured).contains(l.get("municipality")));
        assertThat(lines.stream().map(l -> l.get("municipality")).collect(Collectors.toSet()))
                .as("every municipality has traffic").isEqualTo(configured);
        for (var region : config.regions().measurementRegions()) {
            assertThat(data.eventFiles()).anyMatch(p -> p.getFileName().toString().equals("allocation-events-" + region.id() + ".jsonl"));
            assertThat(data.eventFiles()).anyMatch(p -> p.getFileName().toString().equals("allocation-events-" + region.id() + ".csv"));
        }
    }

    @Test
    void everyLineHasTheRequiredFieldsForItsType() {
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("messageId")).as(l.raw()).matches("M\\d{8}");
            assertThat(Instant.parse(l.get("sentAt"))).as(l.raw()).isNotNull();
            assertThat(l.get("municipality")).as(l.raw()).matches("\\d{4}");
            assertThat(l.get("provider")).as(l.raw()).matches("\\d{8}");
            assertThat(l.get("allocationNumber")).as(l.raw()).matches("\\d{6,7}");
            switch (l.type()) {
                case "301" -> {
                    assertThat(Bsn.isValid(l.get("bsn"))).as(l.raw()).isTrue();
                    assertThat(l.get("productCategory")).as(l.raw()).matches("\\d{2}");
                    assertThat(l.get("productCode")).as(l.raw()).hasSizeLessThanOrEqualTo(5);
                    LocalDate start = LocalDate.parse(l.get("startDate"));
                    if (l.get("endDate") != null) {
                        assertThat(LocalDate.parse(l.get("endDate"))).as(l.raw()).isAfterOrEqualTo(start);
                    }
                }
                case "305" -> assertThat(LocalDate.parse(l.get("startDate"))).as(l.raw()).isNotNull();
                case "307" -> {
                    assertThat(LocalDate.parse(l.get("endDate"))).as(l.raw()).isNotNull();
                    assertThat(STOP_REASONS).as(l.raw()).contains(l.get("reason"));
                }
                case "evaluation" -> {
                    assertThat(LocalDate.parse(l.get("date"))).as(l.raw()).isNotNull();
                    assertThat(l.get("result")).as(l.raw()).isIn("achieved", "partly", "not_achieved");
                    if (!"achieved".equals(l.get("result"))) {
                        assertThat(l.get("cause")).as(l.raw()).isIn("client", "provider", "local_team");
                    }
                }
                default -> throw new AssertionError("unknown type in " + l.raw());
            }
            if (l.get("status") != null) {
                assertThat(l.get("status")).isEqualTo("delete");
                assertThat(l.type()).isIn("305", "307");
            }
        });
        assertThat(lines.stream().map(Line::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("301", "305", "307", "evaluation");
    }

    @Test
    void sentTimesRespectTheDomain() {
        Map<String, LocalDate> assignedStart = new HashMap<>();
        lines.stream().filter(l -> l.type().equals("301")).forEach(l -> assignedStart.put(l.key(), LocalDate.parse(l.get("startDate"))));
        Instant extraction = LocalDate.of(YEAR + 1, 2, 1).atStartOfDay(DutchTime.ZONE).toInstant();
        assertThat(lines).allSatisfy(l -> assertThat(Instant.parse(l.get("sentAt"))).isBefore(extraction));
        assertThat(lines).filteredOn(l -> l.type().equals("301") && l.get("changeReason") == null).allSatisfy(l -> assertThat(sentDay(l))
                .isBeforeOrEqualTo(LocalDate.parse(l.get("startDate")).plusDays(12)));
        assertThat(lines).filteredOn(l -> l.type().equals("305") && l.get("status") == null).allSatisfy(l -> assertThat(sentDay(l))
                .as(l.raw()).isAfter(LocalDate.parse(l.get("startDate"))));
    }

    @Test
    void bsnsPassTheElfproefAndAppearOnlyAsTheBsnOfA301() {
        Set<String> bsns = lines.stream().filter(l -> l.type().equals("301")).map(l -> l.get("bsn")).collect(Collectors.toSet());
        assertThat(bsns).hasSizeGreaterThan(1000).allMatch(Bsn::isValid);
        for (Line line : lines) {
            String withoutBsn = line.fields().entrySet().stream().filter(e -> !e.getKey().equals("bsn"))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
            for (String run : nineDigitRuns(withoutBsn)) {
                assertThat(bsns.contains(run)).as("BSN outside the bsn field: " + line.raw()).isFalse();
            }
            if (line.get("bsn") != null) {
                assertThat(line.raw().split(line.get("bsn"), -1)).as("BSN once in " + line.type()).hasSize(2);
            }
        }
    }

    static List<String> nineDigitRuns(String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = NINE_DIGITS.matcher(text);
        while (m.find()) {
            runs.add(m.group(1));
        }
        return runs;
    }

    @Test
    void theMessinessTheIngestMustSurviveIsThere() {
        Map<String, Long> perMessageId = lines.stream().collect(Collectors.groupingBy(l -> l.get("messageId"), Collectors.counting()));
        assertThat(perMessageId.values()).as("duplicated message").anyMatch(n -> n > 1);
        assertThat(lines).as("305 retraction").anyMatch(l -> l.type().equals("305") && "delete".equals(l.get("status")));
        assertThat(lines).as("307 retraction").anyMatch(l -> l.type().equals("307") && "delete".equals(l.get("status")));
        assertThat(lines).as("301 deletion").anyMatch(l -> l.type().equals("301") && "13".equals(l.get("changeReason"))
                && l.get("startDate").equals(l.get("endDate")));

        Set<String> seen301 = new HashSet<>();
        boolean startBeforeAssignment = false;
        for (Line l : lines) {
            if (l.type().equals("301")) {
                seen301.add(l.key());
            } else if (l.type().equals("305") && !seen301.contains(l.key())) {
                startBeforeAssignment = true;
            }
        }
        assertThat(startBeforeAssignment).as("a 305 before its 301 in file order").isTrue();

        Map<String, Set<String>> startDates = new HashMap<>();
        lines.stream().filter(l -> l.type().equals("305") && l.get("status") == null)
                .forEach(l -> startDates.computeIfAbsent(l.key(), k -> new HashSet<>()).add(l.get("startDate")));
        assertThat(startDates.values()).as("late correction: a second 305 with another date").anyMatch(s -> s.size() > 1);

        Map<String, Set<String>> clientsProviders = new HashMap<>();
        lines.stream().filter(l -> l.type().equals("301"))
                .forEach(l -> clientsProviders.computeIfAbsent(l.get("bsn"), k -> new HashSet<>()).add(l.key()));
        assertThat(clientsProviders.values()).as("clients with several allocations").anyMatch(s -> s.size() > 1);
    }

    @Test
    void surveyResponsesAreIntegerGradesInTheYear() {
        Set<String> configured = config.regions().measurementRegions().stream()
                .flatMap(r -> r.municipalities().keySet().stream()).collect(Collectors.toSet());
        assertThat(data.surveyResponses()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.date().getYear()).isEqualTo(YEAR);
            assertThat(r.grade().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
            assertThat(r.grade().intValue()).isBetween(1, 10);
            assertThat(configured).contains(r.municipality());
            assertThat(r.provider()).matches("\\d{8}");
        });
        assertThat(data.surveyResponses().stream().map(SurveyResponse::responseId).distinct().count())
                .isEqualTo(data.surveyResponses().size());
        Map<String, Long> perProvider = data.surveyResponses().stream()
                .collect(Collectors.groupingBy(r -> r.provider() + "@" + config.regions().measurementRegionOf(r.municipality()).orElseThrow().id(),
                        Collectors.counting()));
        assertThat(perProvider.values()).anyMatch(n -> n < 10).anyMatch(n -> n >= 10);
    }

    private static LocalDate sentDay(Line l) {
        return Instant.parse(l.get("sentAt")).atZone(DutchTime.ZONE).toLocalDate();
    }
}
