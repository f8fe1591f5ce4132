package nl.wmoscorecards.local.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.survey.SurveyResponse;

/**
 * Synthetic inputs at real scale: one contracting region (Zaanstreek-Waterland) or the whole country (342
 * municipalities, about 2 million allocations, 3,000 providers each contracted in about three measurement
 * regions). The demo's planners draw every allocation and its messages, with the same mess (late, duplicate,
 * out-of-order and retracted messages, deletions). Memory stays constant in the size of the data set: lines are
 * written a part of at most {@link #PART_ALLOCATIONS} allocations at a time, clients are kept per region, and
 * BSNs come from a counter. The same seed gives byte-identical files.
 */
public final class ScaledDataGenerator {
    public enum Scale { REGION, NATIONAL }

    /** What was written. {@code configFolder} is null when the shipped config covers the data. */
    public record Summary(Scale scale, int measurementRegions, int municipalities, int providers, long allocations,
                          long messages, long surveyResponses, List<Path> eventFiles, List<Path> surveyFiles,
                          Path configFolder) {
    }

    /** Average allocations per municipality and year: 2 million over 342 municipalities. */
    static final int ALLOCATIONS_PER_MUNICIPALITY = 5_848;
    static final int NATIONAL_PROVIDERS = 3_000;
    /** Measurement regions a provider is contracted in, on average. */
    static final int REGIONS_PER_PROVIDER = 3;
    static final int PART_ALLOCATIONS = 20_000;
    private static final String REGION_SCALE_REGION = "zaanstreek-waterland";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ScorecardsConfig seeded;
    private final Scale scale;
    private final DemoCalendar calendar;
    private final long seed;

    public ScaledDataGenerator(ScorecardsConfig seeded, Scale scale, int year, long seed) {
        this.seeded = Objects.requireNonNull(seeded, "config");
        this.scale = Objects.requireNonNull(scale, "scale");
        this.calendar = new DemoCalendar(year);
        this.seed = seed;
    }

    public Summary generate(Path out) throws IOException {
        Path events = Files.createDirectories(out.resolve("events"));
        Path surveys = Files.createDirectories(out.resolve("surveys"));
        Path configFolder = scale == Scale.NATIONAL ? out.resolve("config") : null;
        ScorecardsConfig config = configFolder == null ? seeded : NationalGeography.writeConfig(seeded, configFolder);
        List<MeasurementRegion> regions = config.regions().contractingRegions().stream()
                .filter(c -> scale == Scale.NATIONAL || c.id().equals(REGION_SCALE_REGION))
                .flatMap(c -> c.measurementRegions().stream()).toList();

        DemoRandom root = new DemoRandom(seed);
        DemoRandom sizes = root.split();
        ProviderProfiles profiles = new ProviderProfiles(root.split());
        SurveyGenerator surveyGenerator = new SurveyGenerator(calendar, root.split());
        SequentialBsns bsns = new SequentialBsns(20_000_000L + root.split().between(0, 1_000_000));
        MessageIds ids = new MessageIds();

        int municipalities = regions.stream().mapToInt(r -> r.municipalities().size()).sum();
        List<Integer> regionAllocations = new ArrayList<>();
        long totalAllocations = 0;
        for (MeasurementRegion region : regions) {
            int allocations = 0;
            for (int i = 0; i < region.municipalities().size(); i++) {
                allocations += (int) Math.round(ALLOCATIONS_PER_MUNICIPALITY * sizes.between(0.4, 1.6));
            }
            regionAllocations.add(allocations);
            totalAllocations += allocations;
        }
        int providerCount = scale == Scale.NATIONAL ? NATIONAL_PROVIDERS
                : (int) Math.max(30, NATIONAL_PROVIDERS * totalAllocations / 2_000_000);
        ProviderPool pool = new ProviderPool(providerCount, root.split());

        Summary summary = new Summary(scale, regions.size(), municipalities, providerCount, 0, 0, 0,
                new ArrayList<>(), new ArrayList<>(), configFolder);
        long allocations = 0;
        long messages = 0;
        long responses = 0;
        for (int r = 0; r < regions.size(); r++) {
            MeasurementRegion region = regions.get(r);
            int providersHere = (int) Math.max(6, Math.round((double) providerCount * REGIONS_PER_PROVIDER
                    * regionAllocations.get(r) / totalAllocations));
            List<ProviderProfile> providers = providersFor(region, pool.next(providersHere), regionAllocations.get(r),
                    profiles, root.split());
            RegionWriter writer = new RegionWriter(region, providers, root.split(), bsns, ids, events, summary.eventFiles());
            writer.write();
            allocations += writer.allocations;
            messages += writer.messages;
            List<SurveyResponse> answers = surveyGenerator.forRegion(writer.drawn.municipalities(), providers);
            Path file = surveys.resolve("survey-responses-" + region.id() + ".csv");
            writeSurveys(file, answers);
            summary.surveyFiles().add(file);
            responses += answers.size();
        }
        return new Summary(scale, regions.size(), municipalities, providerCount, allocations, messages, responses,
                List.copyOf(summary.eventFiles()), List.copyOf(summary.surveyFiles()), configFolder);
    }

    /** Sizes follow a long tail (a few large providers, many small, some below ten clients), shuffled. */
    private List<ProviderProfile> providersFor(MeasurementRegion region, List<String> agbs, int allocations,
                                               ProviderProfiles profiles, DemoRandom random) {
        double[] weights = new double[agbs.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, 1.1);
            sum += weights[i];
        }
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            // The last twentieth are tiny: below the 10-client threshold, as in every real region.
            counts.add(i >= weights.length * 19 / 20 ? random.between(3, 8)
                    : Math.max(3, (int) Math.round(allocations * weights[i] / sum)));
        }
        random.shuffle(counts);
        List<ProviderProfile> providers = new ArrayList<>();
        for (int i = 0; i < agbs.size(); i++) {
            providers.add(profiles.scaled(agbs.get(i), counts.get(i)));
        }
        return providers;
    }

    private static void writeSurveys(Path file, List<SurveyResponse> responses) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id;aanbieder;gemeente;datum;cijfer\n");
            for (SurveyResponse r : responses) {
                out.write(r.responseId() + ';' + r.provider() + ';' + r.municipality() + ';' + DUTCH_DATE.format(r.date()) + ';'
                        + r.grade().toPlainString() + '\n');
            }
        }
    }

    /** AGB codes handed out round the pool, so each provider lands in about the same number of regions. */
    private static final class ProviderPool {
        private final List<String> agbs = new ArrayList<>();
        private int next;

        ProviderPool(int size, DemoRandom random) {
            java.util.Set<String> issued = new java.util.HashSet<>();
            while (agbs.size() < size) {
                String agb = "98" + String.format("%06d", random.between(0, 999_999));
                if (issued.add(agb)) {
                    agbs.add(agb);
                }
            }
        }

        List<String> next(int count) {
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < Math.min(count, agbs.size()); i++) {
                picked.add(agbs.get(next));
                next = (next + 1) % agbs.size();
            }
            return picked;
        }
    }

    /** One measurement region's allocations, planned provider by provider and written in parts. */
    private final class RegionWriter {
        private final MeasurementRegion region;
        private final RegionAllocations drawn;
        private final DemoRandom random;
        private final Path folder;
        private final List<Path> files;
        private RegionEventFiles part;
        private int partAllocations;
        private int parts;
        long allocations;
        long messages;

        RegionWriter(MeasurementRegion region, List<ProviderProfile> providers, DemoRandom random, SequentialBsns bsns,
                     MessageIds ids, Path folder, List<Path> files) {
            this.region = region;
            this.drawn = new RegionAllocations(seeded, calendar, region, providers, random, bsns, ids);
            this.random = random;
            this.folder = folder;
            this.files = files;
        }

        void write() throws IOException {
            drawn.forEach(allocation -> {
                if (part == null) {
                    part = new RegionEventFiles(random);
                }
                part.add(drawn.messagesFor(allocation, false));
                allocations++;
                if (++partAllocations == PART_ALLOCATIONS) {
                    flush();
                }
            });
            flush();
        }

        private void flush() throws IOException {
            if (part == null) {
                return;
            }
            String name = String.format("allocation-events-%s-%03d", region.id(), ++parts);
            Path jsonLines = folder.resolve(name + ".jsonl");
            Path csv = folder.resolve(name + ".csv");
            messages += part.write(jsonLines, csv);
            files.add(jsonLines);
            files.add(csv);
            part = null;
            partAllocations = 0;
        }
    }
}
