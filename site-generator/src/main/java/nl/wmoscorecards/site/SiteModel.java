package nl.wmoscorecards.site;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiRun;

/**
 * Everything the site shows: the configuration, the computed runs (at most one per year), the edition,
 * the provider names by AGB code (a provider without a name is shown by its AGB code) and, for the
 * INTERNAL edition only, the internal data. A PUBLIC model drops internal data here, at the door, so no
 * renderer can show it by mistake.
 */
public record SiteModel(ScorecardsConfig config, List<KpiRun> runs, Edition edition, Map<String, String> providerNames,
                        InternalData internal) {

    public SiteModel {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(edition, "edition");
        runs = List.copyOf(runs);
        providerNames = providerNames == null ? Map.of() : Map.copyOf(providerNames);
        internal = edition == Edition.INTERNAL && internal != null ? internal : InternalData.NONE;
        Set<Integer> years = new HashSet<>();
        for (KpiRun run : runs) {
            if (!years.add(run.year())) {
                throw new IllegalArgumentException("two KPI runs for year " + run.year()
                        + "; pass only the latest run of each year");
            }
        }
    }

    public SiteModel(ScorecardsConfig config, List<KpiRun> runs, Edition edition, Map<String, String> providerNames) {
        this(config, runs, edition, providerNames, InternalData.NONE);
    }

    /** The provider's name, or its AGB code when the name is unknown or blank. */
    public String providerLabel(String agbCode) {
        String name = providerNames.get(agbCode);
        return name == null || name.isBlank() ? agbCode : name;
    }
}
