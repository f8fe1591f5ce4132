package nl.wmoscorecards.core.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in an escalation's history, never rewritten: when it took effect, from and to which state,
 * by which action, why, and who decided ("system" for the scheduled runs).
 */
public record Transition(
        LocalDate date,
        EscalationState from,
        EscalationState to,
        String action,
        String reason,
        String decidedBy,
        Instant recordedAt) {
}
