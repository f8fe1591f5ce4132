package nl.wmoscorecards.core.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The escalation ladder of seed 001 as a state machine. Each action checks that the ladder allows it from
 * the current state and returns the escalation with one more transition; nothing else changes history.
 */
public final class EscalationLadder {
    public static final int DEFAULT_PLAN_DAYS = 14;
    public static final String SYSTEM = "system";
    static final String CONVERSATION = "record-conversation";
    static final String PLAN = "record-plan";
    static final String ASSESS = "assess-plan";
    static final String CLIENT_STOP = "client-stop";
    public static final String THIRD_PARTY = "engage-third-party";
    static final String RESOLVE = "resolve";
    static final String DEFAULT = "declare-default";
    private static final Map<EscalationState, Set<String>> ALLOWED = new EnumMap<>(Map.of(
            EscalationState.SIGNALLED, Set.of(CONVERSATION),
            EscalationState.PLAN_DUE, Set.of(PLAN, CLIENT_STOP, THIRD_PARTY, DEFAULT),
            EscalationState.PLAN_DELIVERED, Set.of(ASSESS, CLIENT_STOP, THIRD_PARTY, DEFAULT),
            EscalationState.IMPROVING, Set.of(RESOLVE, CLIENT_STOP, THIRD_PARTY, DEFAULT),
            EscalationState.RESOLVED, Set.of(),
            EscalationState.DEFAULTED, Set.of()));

    private final DeadlineCalendar calendar;
    private final Clock clock;

    public EscalationLadder(DeadlineCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public static Set<String> allowedActions(EscalationState state) {
        return ALLOWED.get(state);
    }

    /** Step 1 signal: a new escalation, or new shortfalls added to the cycle's open one. */
    public Escalation signal(Escalation existing, String id, String contractingRegion, String provider, int year,
                             List<Shortfall> shortfalls, LocalDate date, String decidedBy) {
        if (existing == null) {
            Escalation fresh = new Escalation(id, contractingRegion, provider, year, EscalationState.SIGNALLED,
                    List.of(), null, null, false, List.of(), 0);
            return fresh.with(EscalationState.SIGNALLED, null, null, false, shortfalls,
                    transition(date, null, EscalationState.SIGNALLED, "signal", describe(shortfalls), decidedBy));
        }
        Set<String> known = new java.util.HashSet<>();
        existing.shortfalls().forEach(s -> known.add(s.identity()));
        List<Shortfall> added = shortfalls.stream().filter(s -> !known.contains(s.identity())).toList();
        if (added.isEmpty() || !existing.state().isOpen()) {
            return existing;
        }
        List<Shortfall> all = new ArrayList<>(existing.shortfalls());
        all.addAll(added);
        return existing.with(existing.state(), existing.planDue(), existing.realisationDeadline(), existing.clientStop(),
                all, transition(date, existing.state(), existing.state(), "signal", "further shortfalls: " + describe(added), decidedBy));
    }

    /**
     * The escalation conversation was held and the letter sent. The plan is due {@code planDays} after it
     * (seed: two weeks, which the municipality may shorten or extend); if the conversation showed that the
     * provider cannot improve in time or at all, straight to step 3.
     */
    public Escalation recordConversation(Escalation e, LocalDate date, int planDays, boolean improvementPossible,
                                         String reason, String decidedBy) {
        require(e, CONVERSATION);
        if (!improvementPossible) {
            return e.with(EscalationState.DEFAULTED, null, null, e.clientStop(), e.shortfalls(),
                    transition(date, e.state(), EscalationState.DEFAULTED, CONVERSATION,
                            "improvement not possible: " + reason, decidedBy));
        }
        if (planDays < 1) {
            throw new IllegalArgumentException("the plan needs at least one day");
        }
        LocalDate due = calendar.onOrAfterWorkingDay(date.plusDays(planDays));
        return e.with(EscalationState.PLAN_DUE, due, null, e.clientStop(), e.shortfalls(),
                transition(date, e.state(), EscalationState.PLAN_DUE, CONVERSATION,
                        "improvement plan due " + due + (reason == null || reason.isBlank() ? "" : ": " + reason), decidedBy));
    }

    public Escalation recordPlan(Escalation e, LocalDate date, String reason, String decidedBy) {
        require(e, PLAN);
        return e.with(EscalationState.PLAN_DELIVERED, e.planDue(), null, e.clientStop(), e.shortfalls(),
                transition(date, e.state(), EscalationState.PLAN_DELIVERED, PLAN, text(reason, "improvement plan delivered"), decidedBy));
    }

    /** A sufficient plan gets a realisation deadline; an insufficient one is step 3. */
    public Escalation assessPlan(Escalation e, LocalDate date, boolean sufficient, LocalDate realisationDeadline,
                                 String reason, String decidedBy) {
        require(e, ASSESS);
        if (!sufficient) {
            return e.with(EscalationState.DEFAULTED, e.planDue(), null, e.clientStop(), e.shortfalls(),
                    transition(date, e.state(), EscalationState.DEFAULTED, ASSESS, text(reason, "plan judged insufficient"), decidedBy));
        }
        if (realisationDeadline == null || !realisationDeadline.isAfter(date)) {
            throw new IllegalArgumentException("a sufficient plan needs a realisation deadline after " + date);
        }
        LocalDate deadline = calendar.onOrAfterWorkingDay(realisationDeadline);
        return e.with(EscalationState.IMPROVING, e.planDue(), deadline, e.clientStop(), e.shortfalls(),
                transition(date, e.state(), EscalationState.IMPROVING, ASSESS,
                        "plan sufficient; improvements due " + deadline + (reason == null ? "" : ": " + reason), decidedBy));
    }

    /** The municipality imposes or lifts a client stop (no new clients); the step does not change. */
    public Escalation clientStop(Escalation e, LocalDate date, boolean on, String reason, String decidedBy) {
        require(e, CLIENT_STOP);
        if (e.clientStop() == on) {
            return e;
        }
        return e.with(e.state(), e.planDue(), e.realisationDeadline(), on, e.shortfalls(),
                transition(date, e.state(), e.state(), CLIENT_STOP, (on ? "client stop imposed" : "client stop lifted")
                        + (reason == null ? "" : ": " + reason), decidedBy));
    }

    /**
     * Step 2 measure (seed 001): the municipality engages a third party for the continuity of the support, also
     * to existing clients, at the provider's cost. Recorded in the history only (the step does not change), so
     * it can be engaged more than once; refused in Dutch outside step 2, where the seed does not offer it.
     */
    public Escalation engageThirdParty(Escalation e, LocalDate date, String party, String reason, String decidedBy) {
        if (!ALLOWED.get(e.state()).contains(THIRD_PARTY)) {
            throw new TransitionRefused(e, "Een derde partij op kosten van de zorgaanbieder inschakelen kan"
                    + " alleen in stap 2 van de escalatieladder (verbeterplan gevraagd, ontvangen of in uitvoering);"
                    + " escalatie " + e.id() + " staat in " + e.state().dutchLabel() + ".");
        }
        if (party == null || party.isBlank()) {
            throw new IllegalArgumentException("name the third party that is engaged");
        }
        return e.with(e.state(), e.planDue(), e.realisationDeadline(), e.clientStop(), e.shortfalls(),
                transition(date, e.state(), e.state(), THIRD_PARTY, "third party engaged at the provider's cost: "
                        + party.strip() + (reason == null || reason.isBlank() ? "" : ": " + reason), decidedBy));
    }

    public Escalation resolve(Escalation e, LocalDate date, String reason, String decidedBy) {
        require(e, RESOLVE);
        return e.with(EscalationState.RESOLVED, e.planDue(), e.realisationDeadline(), false, e.shortfalls(),
                transition(date, e.state(), EscalationState.RESOLVED, RESOLVE,
                        text(reason, "improvements realised and reported"), decidedBy));
    }

    public Escalation declareDefault(Escalation e, LocalDate date, String reason, String decidedBy) {
        require(e, DEFAULT);
        return e.with(EscalationState.DEFAULTED, e.planDue(), e.realisationDeadline(), e.clientStop(), e.shortfalls(),
                transition(date, e.state(), EscalationState.DEFAULTED, DEFAULT, text(reason, "declared in default"), decidedBy));
    }

    /** The daily check: a passed plan or realisation deadline moves the escalation to step 3. */
    public Escalation checkDeadlines(Escalation e, LocalDate today) {
        if (e.state() == EscalationState.PLAN_DUE && today.isAfter(e.planDue())) {
            return e.with(EscalationState.DEFAULTED, e.planDue(), null, e.clientStop(), e.shortfalls(),
                    transition(today, e.state(), EscalationState.DEFAULTED, "deadline-check",
                            "no improvement plan delivered by " + e.planDue(), SYSTEM));
        }
        if (e.state() == EscalationState.IMPROVING && today.isAfter(e.realisationDeadline())) {
            return e.with(EscalationState.DEFAULTED, e.planDue(), e.realisationDeadline(), e.clientStop(), e.shortfalls(),
                    transition(today, e.state(), EscalationState.DEFAULTED, "deadline-check",
                            "improvements not realised and reported by " + e.realisationDeadline(), SYSTEM));
        }
        return e;
    }

    private static void require(Escalation e, String action) {
        if (!ALLOWED.get(e.state()).contains(action)) {
            throw new TransitionRefused(e, action, ALLOWED.get(e.state()));
        }
    }

    private Transition transition(LocalDate date, EscalationState from, EscalationState to, String action,
                                  String reason, String decidedBy) {
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("every transition names who decided");
        }
        return new Transition(date, from, to, action, reason, decidedBy, clock.instant());
    }

    private static String text(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }

    static String describe(List<Shortfall> shortfalls) {
        return String.join("; ", shortfalls.stream().map(s -> s.kind() + " " + s.subject()
                + (s.region() == null ? "" : " in " + s.region()) + ": " + s.detail()).toList());
    }
}
