package nl.wmoscorecards.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.contract.RoundTablePlanner.Invitation;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.report.ReportDelivery;

/**
 * What only the INTERNAL edition shows. Each kind of internal information is one optional component with
 * its own view builder and macro: an empty component renders nothing, so the public edition never needs to
 * know they exist (and {@link SiteModel} drops all of it outside the INTERNAL edition).
 *
 * @param reportDeliveries per AGB code, the mandatory reports (prestatieafspraken) per year: delivered,
 *                         late, missing or not due yet
 * @param escalations      every escalation, open and closed, of every provider
 * @param roundTables      per contracting region and year, who is invited to the round table
 * @param dossiers         the contract-management dossier (Markdown) per provider and year
 */
public record InternalData(Map<String, List<ReportDelivery>> reportDeliveries, List<Escalation> escalations,
                           List<RoundTable> roundTables, List<Dossier> dossiers) {
    public static final InternalData NONE = new InternalData(Map.of());

    public InternalData {
        reportDeliveries = reportDeliveries == null ? Map.of() : Map.copyOf(reportDeliveries);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        roundTables = roundTables == null ? List.of() : roundTables.stream()
                .sorted(Comparator.comparing(RoundTable::contractingRegion).thenComparing(RoundTable::year,
                        Comparator.reverseOrder())).toList();
        dossiers = dossiers == null ? List.of() : dossiers.stream()
                .sorted(Comparator.comparing(Dossier::provider).thenComparing(Dossier::year, Comparator.reverseOrder()))
                .toList();
    }

    public InternalData(Map<String, List<ReportDelivery>> reportDeliveries) {
        this(reportDeliveries, List.of(), List.of(), List.of());
    }

    public List<ReportDelivery> deliveriesOf(String provider) {
        return reportDeliveries.getOrDefault(provider, List.of());
    }

    public List<Escalation> escalationsOf(String provider) {
        return escalations.stream().filter(e -> e.provider().equals(provider)).toList();
    }

    /** Newest year first. */
    public List<Dossier> dossiersOf(String provider) {
        return dossiers.stream().filter(d -> d.provider().equals(provider)).toList();
    }

    /**
     * The round table of a contracting region for a year.
     *
     * @param relevantProviders how many providers were relevant (all are invited when 12 or fewer)
     */
    public record RoundTable(String contractingRegion, int year, int relevantProviders, List<Invitation> invitations) {
        public RoundTable {
            invitations = List.copyOf(invitations);
        }
    }

    /** The contract-management dossier of a provider for a year, as {@code ContractDossier} renders it. */
    public record Dossier(String provider, int year, String markdown) {
    }
}
