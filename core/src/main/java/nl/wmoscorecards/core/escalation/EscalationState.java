package nl.wmoscorecards.core.escalation;

/** Where an escalation stands on the ladder of seed 001. */
public enum EscalationState {
    /** Step 1: the shortfall is recorded; the escalation conversation is to be held. */
    SIGNALLED(1, "stap 1: gesignaleerd, escalatiegesprek te voeren"),
    /** Step 1 done: conversation held, letter sent; the improvement plan is due. */
    PLAN_DUE(2, "stap 2: verbeterplan gevraagd"),
    /** Step 2: the plan is delivered and waits for assessment. */
    PLAN_DELIVERED(2, "stap 2: verbeterplan ontvangen, te beoordelen"),
    /** Step 2: the plan is judged sufficient; improvements are due by the realisation deadline. */
    IMPROVING(2, "stap 2: verbeteringen in uitvoering"),
    /** The improvements were realised and reported. */
    RESOLVED(0, "opgelost"),
    /** Step 3: attributable failure; the provider is in default (verzuim). */
    DEFAULTED(3, "stap 3: in verzuim");

    private final int step;
    private final String dutchLabel;

    EscalationState(int step, String dutchLabel) {
        this.step = step;
        this.dutchLabel = dutchLabel;
    }

    public int step() {
        return step;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public boolean isOpen() {
        return this != RESOLVED && this != DEFAULTED;
    }
}
