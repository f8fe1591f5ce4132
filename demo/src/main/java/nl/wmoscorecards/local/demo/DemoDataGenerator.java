package nl.wmoscorecards.local.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.survey.SurveyResponse;

/**
 * Writes a synthetic year of Wmo allocation messages for every measurement region in the config, in the
 * formats the ingest reads, plus survey responses: enough variety for a scorecard with good, sufficient,
 * insufficient and not-measured providers, and the mess real message traffic has. The same seed gives
 * byte-identical files. BSNs are generated at run time from the iStandaarden test range.
 */
public final class DemoDataGenerator {
    static final String XML_ZIP = "iwmo-berichten.zip";

    private final ScorecardsConfig config;
    private final DemoCalendar calendar;
    private final long seed;

    public DemoDataGenerator(ScorecardsConfig config, int year, long seed) {
        this.config = Objects.requireNonNull(config, "config");
        this.calendar = new DemoCalendar(year);
        this.seed = seed;
    }

    public DemoData generate(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        DemoRandom root = new DemoRandom(seed);
        ProviderProfiles providerProfiles = new ProviderProfiles(root.split());
        BsnSource bsns = new BsnSource(root.split());
        SurveyGenerator surveys = new SurveyGenerator(calendar, root.split());
        MessageIds ids = new MessageIds();
        XmlSelection xmlSelection = new XmlSelection();
        Counts counts = new Counts();
        Path zip = outDir.resolve(XML_ZIP);
        try (IwmoXmlWriter xml = new IwmoXmlWriter(zip, root.split(), calendar)) {
            for (ContractingRegion contracting : config.regions().contractingRegions()) {
                List<String> agbPool = providerProfiles.agbPool(contracting.measurementRegions().size());
                for (MeasurementRegion region : contracting.measurementRegions()) {
                    List<ProviderProfile> providers = providerProfiles.forRegion(agbPool);
                    providers.forEach(p -> counts.providerNames.computeIfAbsent(p.agb(),
                            agb -> ProviderNames.nameOf(agb, counts.providerNames.values())));
                    RegionRun run = new RegionRun(region, providers, root.split(), bsns, ids, xmlSelection, xml);
                    run.generate(outDir, counts);
                    counts.surveyResponses.addAll(surveys.forRegion(run.allocations.municipalities(), providers));
                }
            }
            counts.events += xml.messageCount();
        }
        counts.eventFiles.add(zip);
        return new DemoData(counts.eventFiles, counts.surveyResponses, counts.allocations, counts.events, counts.clients,
                counts.providerNames);
    }

    private static final class Counts {
        final List<Path> eventFiles = new ArrayList<>();
        final List<SurveyResponse> surveyResponses = new ArrayList<>();
        final Map<String, String> providerNames = new TreeMap<>();
        int allocations;
        int events;
        int clients;
    }

    /** One measurement region: plan its allocations provider by provider and write its two files. */
    private final class RegionRun {
        private final MeasurementRegion region;
        private final RegionAllocations allocations;
        private final RegionEventFiles files;
        private final XmlSelection xmlSelection;
        private final IwmoXmlWriter xml;

        RegionRun(MeasurementRegion region, List<ProviderProfile> providers, DemoRandom random, BsnSource bsns,
                MessageIds ids, XmlSelection xmlSelection, IwmoXmlWriter xml) {
            this.region = region;
            this.allocations = new RegionAllocations(config, calendar, region, providers, random, bsns::next, ids);
            this.files = new RegionEventFiles(random);
            this.xmlSelection = xmlSelection;
            this.xml = xml;
        }

        void generate(Path outDir, Counts counts) throws IOException {
            allocations.forEach(allocation -> {
                route(allocation);
                counts.allocations++;
            });
            Path jsonLines = outDir.resolve("allocation-events-" + region.id() + ".jsonl");
            Path csv = outDir.resolve("allocation-events-" + region.id() + ".csv");
            counts.events += files.write(jsonLines, csv);
            counts.eventFiles.add(jsonLines);
            counts.eventFiles.add(csv);
            counts.clients += allocations.clientCount();
        }

        private void route(PlannedAllocation allocation) throws IOException {
            boolean wantsXml = xmlSelection.wants(allocation);
            List<EventLine> lines = allocations.messagesFor(allocation, wantsXml);
            if (!wantsXml || !xmlSelection.accept(allocation, lines)) {
                files.add(lines);
                return;
            }
            List<EventLine> rest = new ArrayList<>();
            for (EventLine line : lines) {
                if (XmlSelection.isIwmoMessage(line)) {
                    xml.write(allocation, line);
                } else {
                    rest.add(line);
                }
            }
            files.add(rest);
        }
    }
}
