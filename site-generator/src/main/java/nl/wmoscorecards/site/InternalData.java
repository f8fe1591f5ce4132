package nl.wmoscorecards.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.contract.ConversationFrequency;
import nl.wmoscorecards.core.contract.RoundTableAttendance.Absences;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.contract.RoundTablePlanner.Exclusion;
import nl.wmoscorecards.core.contract.RoundTablePlanner.Invitation;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.region.ConversationsPerYear;

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
 * @param conversations    per contracting region (with a configured minimum) and year, the contract-management
 *                         conversations held and who had fewer than the minimum
 */
public record InternalData(Map<String, List<ReportDelivery>> reportDeliveries, List<Escalation> escalations,
                           List<RoundTable> roundTables, List<Dossier> dossiers, List<Conversations> conversations) {
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
        conversations = conversations == null ? List.of() : conversations.stream()
                .sorted(Comparator.comparing(Conversations::contractingRegion).thenComparing(Conversations::year,
                        Comparator.reverseOrder())).toList();
    }

    public InternalData(Map<String, List<ReportDelivery>> reportDeliveries, List<Escalation> escalations,
                        List<RoundTable> roundTables, List<Dossier> dossiers) {
        this(reportDeliveries, escalations, roundTables, dossiers, List.of());
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
     * @param leftOut           relevant providers not invited because they missed more than twice
     * @param absences          per provider, the round tables it missed in the year and the year before
     * @param held              the round tables of the region held in the year, with their attendance
     */
    public record RoundTable(String contractingRegion, int year, int relevantProviders, List<Invitation> invitations,
                             List<Exclusion> leftOut, Map<String, Absences> absences, List<RoundTableMeeting> held) {
        public RoundTable {
            invitations = List.copyOf(invitations);
            leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
            absences = absences == null ? Map.of() : Map.copyOf(absences);
            held = held == null ? List.of() : held.stream().sorted(Comparator.comparing(RoundTableMeeting::date)).toList();
        }

        public RoundTable(String contractingRegion, int year, int relevantProviders, List<Invitation> invitations) {
            this(contractingRegion, year, relevantProviders, invitations, List.of(), Map.of(), List.of());
        }
    }

    /**
     * The contract-management conversations of a contracting region in a year.
     *
     * @param expected the region's configured number a year
     * @param counts   per provider expected to have them (with results in the region that year) and per provider
     *                 that had one, how many were held
     * @param held     the conversations held in the year, oldest first
     * @param yearOver whether the year had ended on the as-of date (a shortfall, not yet a to-do)
     */
    public record Conversations(String contractingRegion, int year, ConversationsPerYear expected,
                                List<ConversationFrequency.Count> counts, List<ContractConversation> held, boolean yearOver) {
        public Conversations {
            counts = List.copyOf(counts);
            held = held.stream().sorted(Comparator.comparing(ContractConversation::date)).toList();
        }

        public List<ConversationFrequency.Count> belowMinimum() {
            return counts.stream().filter(ConversationFrequency.Count::belowMinimum).toList();
        }
    }

    /** The contract-management dossier of a provider for a year, as {@code ContractDossier} renders it. */
    public record Dossier(String provider, int year, String markdown) {
    }
}
