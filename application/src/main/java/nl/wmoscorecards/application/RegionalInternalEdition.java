package nl.wmoscorecards.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.contract.ConversationStore;
import nl.wmoscorecards.core.contract.RoundTableStore;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationStore;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.RegionCatalog;
import nl.wmoscorecards.core.report.PerformanceAgreementCatalog;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.UploadStore;
import nl.wmoscorecards.site.Edition;
import nl.wmoscorecards.site.EscalationPages;
import nl.wmoscorecards.site.Publication;
import nl.wmoscorecards.site.SiteGenerator;
import nl.wmoscorecards.site.SiteModel;

/**
 * The internal edition of one contracting region: the generator run unchanged over a configuration that holds
 * only that region (its measurement regions, KPI catalogues, agreements and conversation minimum) and stores
 * that show only its escalations. So another region's escalations, dossiers, round tables, conversations and
 * unsuppressed figures are not in it at all, whatever page is asked for.
 */
public final class RegionalInternalEdition {
    /** Holds the templates once parsed: a warm function renders the next step's pages without parsing them again. */
    private static final EscalationPages ESCALATION_PAGES = new EscalationPages();
    /** Renders of the escalation pages at most per step, however busy the region is. */
    private static final int MAX_ROUNDS = 3;
    /** Where a region's edition is kept: a folder locally, a prefix of the internal bucket in AWS. */
    public interface Target {
        Optional<byte[]> read(String region, String sitePath);

        void write(String region, String sitePath, byte[] bytes);
    }

    private RegionalInternalEdition() {
    }

    /** The configuration with only this contracting region. */
    public static ScorecardsConfig only(ScorecardsConfig config, String region) {
        ContractingRegion contracting = config.regions().contractingRegion(region);
        RegionCatalog regions = config.regions();
        RegionCatalog one = new RegionCatalog(List.of(contracting),
                regions.conversationsPerYear(region).map(c -> Map.of(region, c)).orElse(Map.of()),
                Map.of(region, regions.resultsFixedOn(region)));
        Map<String, List<KpiCatalog>> catalogs = config.kpiCatalogs().containsKey(region)
                ? Map.of(region, config.kpiCatalogs().get(region)) : Map.of();
        return new ScorecardsConfig(one, catalogs, config.reportTypes(),
                new PerformanceAgreementCatalog(List.of(config.performanceAgreements().of(region))));
    }

    /** The stores with only this region's escalations visible (and writable). */
    public static Ports only(Ports stores, String region) {
        EscalationStore escalations = new RegionEscalations(stores.escalations(), region);
        return new RegionPorts(stores.allocations(), stores.surveyResponses(), stores.kpiResults(), stores.uploads(),
                stores.reportRows(), escalations, stores.conversations(), stores.roundTables());
    }

    /** The region's internal edition as the generator sees it. */
    public static SiteModel model(ScorecardsConfig config, Ports stores, String region, Map<String, String> names,
                                  LocalDate asOf) {
        return SiteReadModel.load(only(config, region), only(stores, region), Edition.INTERNAL, null, names, asOf);
    }

    /** Renders the region's whole edition into a folder (the folder's earlier publish gives the revisions). */
    public static List<Path> render(SiteModel model, Publication publication, Path folder) throws IOException {
        return new SiteGenerator().generate(model, publication, folder);
    }

    /**
     * After a step on one of the provider's escalations: renders in a scratch folder only the region's pages that
     * show its escalations ({@link EscalationPages}: overview, internal index, the provider's page and dossiers) and
     * writes to the target those whose bytes changed. The rest of the edition does not show escalations, so the
     * edition is then as a whole render of today's stores would leave it. When another step in the region was saved
     * meanwhile (two managers at once), the pages are rendered again, so an older render written last cannot hide it.
     *
     * @return the site paths written
     */
    public static List<String> republishEscalationPages(ScorecardsConfig config, Ports stores, String region,
                                                        String provider, Map<String, String> names, LocalDate asOf,
                                                        Target target) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("internal-" + region + "-");
            Set<String> written = new LinkedHashSet<>();
            Map<String, Long> rendered = versions(stores, region);
            for (int round = 1; ; round++) {
                written.addAll(writeChanged(ESCALATION_PAGES.generate(model(config, stores, region, names, asOf),
                        provider, scratch), scratch, region, target));
                Map<String, Long> now = versions(stores, region);
                if (now.equals(rendered) || round == MAX_ROUNDS) {
                    return List.copyOf(written);
                }
                rendered = now;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("republishing the escalation pages of " + region + " failed", e);
        } finally {
            ScratchFolder.deleteQuietly(scratch, (left, e) -> {
                // a scratch folder in the temporary directory; the OS clears it
            });
        }
    }

    /** Each escalation of the region by id, with its version: what a step changes. */
    private static Map<String, Long> versions(Ports stores, String region) {
        return new RegionEscalations(stores.escalations(), region).all().stream()
                .collect(Collectors.toMap(Escalation::id, Escalation::version));
    }

    private static List<String> writeChanged(List<Path> files, Path scratch, String region, Target target)
            throws IOException {
        List<String> written = new ArrayList<>();
        for (Path file : files) {
            String path = scratch.relativize(file).toString().replace('\\', '/');
            byte[] fresh = Files.readAllBytes(file);
            Optional<byte[]> old = target.read(region, path);
            if (old.isEmpty() || !Arrays.equals(old.get(), fresh)) {
                target.write(region, path, fresh);
                written.add(path);
            }
        }
        return written;
    }

    /** The stores as given, but for the escalations. */
    private record RegionPorts(AllocationStore allocations, SurveyResponseStore surveyResponses, KpiResultStore kpiResults,
                               UploadStore uploads, ReportRowStore reportRows, EscalationStore escalations,
                               ConversationStore conversations, RoundTableStore roundTables) implements Ports {
    }

    /** One region's escalations: others are absent, and cannot be written through it. */
    private record RegionEscalations(EscalationStore every, String region) implements EscalationStore {
        @Override
        public Optional<Escalation> find(String id) {
            return every.find(id).filter(e -> e.contractingRegion().equals(region));
        }

        @Override
        public Map<String, Escalation> findAll(Collection<String> ids) {
            Map<String, Escalation> found = new java.util.HashMap<>(every.findAll(ids));
            found.values().removeIf(e -> !e.contractingRegion().equals(region));
            return found;
        }

        @Override
        public List<Escalation> all() {
            return every.all().stream().filter(e -> e.contractingRegion().equals(region)).toList();
        }

        @Override
        public Escalation save(Escalation escalation) {
            if (!escalation.contractingRegion().equals(region)) {
                throw new IllegalArgumentException("escalation " + escalation.id() + " is not of " + region);
            }
            return every.save(escalation);
        }
    }
}
