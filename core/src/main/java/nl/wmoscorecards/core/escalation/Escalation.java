package nl.wmoscorecards.core.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The escalation of one provider in one contracting region for one cycle (the measured year), listing all
 * its shortfalls. Immutable: every change returns a new escalation with one more transition.
 *
 * @param planDue             when the improvement plan is due (step 2), once the conversation is held
 * @param realisationDeadline when the improvements must be realised and reported
 * @param version             for optimistic locking in the store
 */
public record Escalation(
        String id,
        String contractingRegion,
        String provider,
        int year,
        EscalationState state,
        List<Shortfall> shortfalls,
        LocalDate planDue,
        LocalDate realisationDeadline,
        boolean clientStop,
        List<Transition> history,
        long version) {

    public Escalation {
        shortfalls = List.copyOf(shortfalls);
        history = List.copyOf(history);
    }

    public static String idOf(String contractingRegion, int year, String provider) {
        return contractingRegion + "-" + year + "-" + provider;
    }

    /** The step-2 engagements of a third party at the provider's cost, oldest first (kept in the history only). */
    public List<Transition> thirdPartyEngagements() {
        return history.stream().filter(t -> EscalationLadder.THIRD_PARTY.equals(t.action())).toList();
    }

    Escalation with(EscalationState next, LocalDate newPlanDue, LocalDate newDeadline, boolean newClientStop,
                    List<Shortfall> newShortfalls, Transition transition) {
        List<Transition> longer = new ArrayList<>(history);
        longer.add(transition);
        return new Escalation(id, contractingRegion, provider, year, next, newShortfalls, newPlanDue, newDeadline,
                newClientStop, longer, version);
    }
}
