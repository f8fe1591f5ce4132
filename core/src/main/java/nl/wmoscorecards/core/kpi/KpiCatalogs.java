package nl.wmoscorecards.core.kpi;

import java.util.Optional;
import nl.wmoscorecards.core.region.RegionCatalog;

/**
 * What the engine reads of the configuration: the regions and, per contracting region, the catalogue that
 * applied in a year. The configuration implements it; the engine depends on this, not on the configuration,
 * which itself holds the catalogues.
 */
public interface KpiCatalogs {

    RegionCatalog regions();

    /** The catalogue that applied in the year: the latest version valid from that year or before. */
    Optional<KpiCatalog> kpiCatalog(String contractingRegion, int year);
}
