package nl.wmoscorecards.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.Edition;
import nl.wmoscorecards.site.InternalData;
import nl.wmoscorecards.site.SiteModel;

/**
 * Reads what the site shows from the stores: the stored KPI runs (one query per year and measurement
 * region) and, for the internal edition only, what {@link InternalReadModel} reads: report delivery,
 * escalations, round tables and dossiers. Shared by the
 * site-publish function and `scorecards publish`, so both publish the same site.
 */
public final class SiteReadModel {
    private SiteReadModel() {
    }

    /**
     * @param onlyYear      null for every stored run
     * @param providerNames AGB code to name; a provider without one is shown by its AGB code
     * @param asOf          the date report deliveries are judged on (missing only once past due), and the
     *                      date the dossiers are drawn up
     */
    public static SiteModel load(ScorecardsConfig config, Ports stores, Edition edition, Integer onlyYear,
                                 Map<String, String> providerNames, LocalDate asOf) {
        List<KpiRun> runs = new ArrayList<>();
        for (KpiRun stored : stores.kpiResults().runs()) {
            if (onlyYear != null && stored.year() != onlyYear) {
                continue;
            }
            List<KpiResult> results = new ArrayList<>();
            for (MeasurementRegion region : config.regions().measurementRegions()) {
                results.addAll(stores.kpiResults().results(stored.year(), region.id()));
            }
            runs.add(new KpiRun(stored.year(), stored.asOf(), stored.computedAt(), results));
        }
        InternalData internal = edition == Edition.INTERNAL ? InternalReadModel.load(config, stores, runs, providerNames == null ? Map.of() : providerNames, asOf) : InternalData.NONE;
        return new SiteModel(config, runs, edition, providerNames, internal);
    }
}
