package nl.wmoscorecards.site;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiRun;

/**
 * Everything the site shows: the configuration, the computed runs (at most one per year), the edition
 * and the provider names by AGB code (a provider without a name is shown by its AGB code).
 */
public record SiteModel(ScorecardsConfig config, List<KpiRun> runs, Edition edition, Map<String, String> providerNames) {

    public SiteModel {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(edition, "edition");
        runs = List.copyOf(runs);
        providerNames = providerNames == null ? Map.of() : Map.copyOf(providerNames);
        Set<Integer> years = new HashSet<>();
        for (KpiRun run : runs) {
            if (!years.add(run.year())) {
                throw new IllegalArgumentException("two KPI runs for year " + run.year()
                        + "; pass only the latest run of each year");
            }
        }
    }

    /** The provider's name, or its AGB code when the name is unknown or blank. */
    public String providerLabel(String agbCode) {
        String name = providerNames.get(agbCode);
        return name == null || name.isBlank() ? agbCode : name;
    }
}
