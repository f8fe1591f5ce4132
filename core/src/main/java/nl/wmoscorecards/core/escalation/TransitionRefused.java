package nl.wmoscorecards.core.escalation;

import java.util.Set;
import java.util.stream.Collectors;

/** A step the ladder does not allow from the escalation's state; says which steps are allowed. */
public final class TransitionRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TransitionRefused(Escalation escalation, String action, Set<String> allowed) {
        super("'" + action + "' is not allowed for escalation " + escalation.id() + " in state "
                + escalation.state() + " (" + escalation.state().dutchLabel() + "); allowed now: "
                + (allowed.isEmpty() ? "nothing (the escalation is closed)" : allowed.stream().sorted().collect(Collectors.joining(", "))));
    }

    /** A refusal the ladder words itself (in Dutch where the seed names the measure), followed by what is allowed. */
    TransitionRefused(Escalation escalation, String explanation) {
        super(explanation + " Nu toegestaan: " + allowedText(EscalationLadder.allowedActions(escalation.state())) + ".");
    }

    private static String allowedText(Set<String> allowed) {
        return allowed.isEmpty() ? "niets (de escalatie is gesloten)" : allowed.stream().sorted().collect(Collectors.joining(", "));
    }
}
