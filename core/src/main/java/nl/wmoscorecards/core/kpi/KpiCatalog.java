package nl.wmoscorecards.core.kpi;

import java.util.List;
import java.util.Optional;

/**
 * The KPIs of one contracting region from a year on, until a later version replaces them. Results keep
 * the catalogue of their own year.
 *
 * @param minimumClients             clients in care needed before a provider is measured at all
 * @param partlyAchievedCountsAsAchieved whether "partly achieved" counts towards result-achieved
 */
public record KpiCatalog(
        int validFrom,
        String source,
        int minimumClients,
        boolean partlyAchievedCountsAsAchieved,
        List<KpiDefinition> kpis) {

    public KpiCatalog {
        kpis = List.copyOf(kpis);
    }

    /** The KPI with this id, if the catalogue has one. */
    public Optional<KpiDefinition> kpi(String id) {
        return kpis.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
