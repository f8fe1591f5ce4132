package nl.wmoscorecards.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.region.ContractPhase;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.ConversationsPerYear;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.region.RegionCatalog;
import nl.wmoscorecards.core.region.ResultsFixedOn;
import nl.wmoscorecards.core.report.PerformanceAgreement;
import nl.wmoscorecards.core.report.PerformanceAgreementCatalog;
import nl.wmoscorecards.core.report.ReportTypeCatalog;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads config/ (regions.yaml, kpis/REGION.yaml, report-types.yaml and report-duties.yaml) from a folder, or from the copy shipped on the
 * classpath when no folder is given. A typo in config fails loudly, naming the file.
 */
public final class ConfigLoader {
    private static final String REPORT_DUTIES = "report-duties.yaml";
    private static final String REPORT_TYPES = "report-types.yaml";
    private final Path folder;

    private ConfigLoader(Path folder) {
        this.folder = folder;
    }

    public static ScorecardsConfig fromClasspath() {
        return new ConfigLoader(null).load();
    }

    public static ScorecardsConfig fromFolder(Path folder) {
        return new ConfigLoader(folder).load();
    }

    /** The folder in SCORECARDS_CONFIG_DIR when set, otherwise the shipped config. */
    public static ScorecardsConfig fromEnvironment() {
        String dir = System.getenv("SCORECARDS_CONFIG_DIR");
        return dir == null || dir.isBlank() ? fromClasspath() : fromFolder(Path.of(dir));
    }

    /**
     * Only report-types.yaml, from SCORECARDS_CONFIG_DIR or the shipped config: for a function that needs
     * nothing else (the upload API), whose cold start then skips parsing the regions and KPI catalogues.
     */
    public static ReportTypeCatalog reportTypesFromEnvironment() {
        String dir = System.getenv("SCORECARDS_CONFIG_DIR");
        return new ConfigLoader(dir == null || dir.isBlank() ? null : Path.of(dir)).reportTypes();
    }

    private ScorecardsConfig load() {
        RegionsFile regionsFile = read("regions.yaml", RegionsFile.class);
        List<ContractingRegion> contracting = regionsFile.contractingRegions().stream()
                .map(c -> new ContractingRegion(c.id(), c.name(), c.measurementRegions().stream()
                        .map(m -> new MeasurementRegion(m.id(), m.name(), c.id(), m.municipalities()))
                        .toList(), c.contractPhase()))
                .toList();
        Map<String, List<KpiCatalog>> catalogs = new LinkedHashMap<>();
        for (ContractingRegion region : contracting) {
            KpiFile file = read("kpis/" + region.id() + ".yaml", KpiFile.class);
            catalogs.put(region.id(), file.versions());
        }
        ReportTypeCatalog types = reportTypes();
        Set<String> regionIds = contracting.stream().map(ContractingRegion::id).collect(Collectors.toSet());
        PerformanceAgreementCatalog agreements = new PerformanceAgreementCatalog(performanceAgreements(regionIds));
        try {
            agreements.checkAgainst(types, regionIds);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("config/" + REPORT_DUTIES + " is invalid: " + e.getMessage(), e);
        }
        Map<String, ConversationsPerYear> conversations = new LinkedHashMap<>();
        regionsFile.contractingRegions().stream().filter(c -> c.conversationsPerYear() != null)
                .forEach(c -> conversations.put(c.id(), c.conversationsPerYear()));
        Map<String, ResultsFixedOn> fixedOn = new LinkedHashMap<>();
        regionsFile.contractingRegions().stream().filter(c -> c.resultsFixedOn() != null)
                .forEach(c -> fixedOn.put(c.id(), c.resultsFixedOn()));
        return new ScorecardsConfig(new RegionCatalog(contracting, conversations, fixedOn), catalogs, types, agreements);
    }

    /**
     * A config folder without its own report-duties.yaml (e.g. a generated national set) takes the shipped
     * agreements of the regions it configures.
     */
    private List<PerformanceAgreement> performanceAgreements(Set<String> regionIds) {
        if (folder == null || Files.exists(folder.resolve(REPORT_DUTIES))) {
            return read(REPORT_DUTIES, ReportDutiesFile.class).performanceAgreements();
        }
        return new ConfigLoader(null).read(REPORT_DUTIES, ReportDutiesFile.class).performanceAgreements().stream()
                .filter(a -> regionIds.contains(a.contractingRegion()))
                .toList();
    }

    /** report-types.yaml, read without Jackson databind ({@link ReportTypesYaml}: the upload API's cold start). */
    private ReportTypeCatalog reportTypes() {
        try (InputStream in = open(REPORT_TYPES)) {
            return new ReportTypeCatalog(ReportTypesYaml.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config/" + REPORT_TYPES, e);
        } catch (YamlEngineException | IllegalArgumentException e) {
            throw new IllegalStateException("config/" + REPORT_TYPES + " is invalid: " + e.getMessage(), e);
        }
    }

    private <T> T read(String relative, Class<T> type) {
        try (InputStream in = open(relative)) {
            return Yaml.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config/" + relative, e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("config/" + relative + " is invalid: " + e.getMessage(), e);
        }
    }

    private InputStream open(String relative) throws IOException {
        if (folder != null) {
            return Files.newInputStream(folder.resolve(relative));
        }
        InputStream in = ConfigLoader.class.getResourceAsStream("/config/" + relative);
        if (in == null) {
            throw new IOException("config/" + relative + " not on the classpath");
        }
        return in;
    }

    /** Databind for the other files, built on first use: a function that reads only report types never loads it. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    record RegionsFile(List<ContractingRegionEntry> contractingRegions) {
    }

    record ContractingRegionEntry(String id, String name, ContractPhase contractPhase,
                                  List<MeasurementRegionEntry> measurementRegions,
                                  ConversationsPerYear conversationsPerYear, ResultsFixedOn resultsFixedOn) {
    }

    record MeasurementRegionEntry(String id, String name, Map<String, String> municipalities) {
    }

    record KpiFile(String contractingRegion, List<KpiCatalog> versions) {
    }

    record ReportDutiesFile(List<PerformanceAgreement> performanceAgreements) {
    }
}
