package nl.wmoscorecards.core.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.wmoscorecards.core.code.Coded;

/**
 * The steps a contract manager takes on the ladder, with the Dutch words the forms and refusals use. The
 * ladder itself ({@link EscalationLadder}) decides which are allowed when.
 */
public enum LadderAction implements Coded {
    RECORD_CONVERSATION(EscalationLadder.CONVERSATION, "Escalatiegesprek vastleggen",
            "Stap 1: het escalatiegesprek is gevoerd en de brief verstuurd; het verbeterplan wordt gevraagd."),
    RECORD_PLAN(EscalationLadder.PLAN, "Verbeterplan ontvangen", "Stap 2: de zorgaanbieder heeft het verbeterplan ingeleverd."),
    ASSESS_PLAN(EscalationLadder.ASSESS, "Verbeterplan beoordelen",
            "Stap 2: voldoende (met een datum waarop de verbeteringen gerealiseerd zijn) of onvoldoende (stap 3)."),
    CLIENT_STOP(EscalationLadder.CLIENT_STOP, "Cliëntenstop instellen of opheffen",
            "Geen nieuwe cliënten voor deze zorgaanbieder, of die stop weer opheffen; de stap verandert niet."),
    ENGAGE_THIRD_PARTY(EscalationLadder.THIRD_PARTY, "Derde partij inschakelen",
            "Stap 2: de gemeente schakelt een derde partij in voor de continuïteit van de ondersteuning, op kosten van de zorgaanbieder."),
    RESOLVE(EscalationLadder.RESOLVE, "Escalatie afsluiten als opgelost",
            "De verbeteringen zijn gerealiseerd en gerapporteerd."),
    DECLARE_DEFAULT(EscalationLadder.DEFAULT, "In verzuim verklaren",
            "Stap 3: het plan is niet uitgevoerd of de verbeteringen zijn niet gerealiseerd.");

    private final String id;
    private final String dutchLabel;
    private final String dutchHint;

    LadderAction(String id, String dutchLabel, String dutchHint) {
        this.id = id;
        this.dutchLabel = dutchLabel;
        this.dutchHint = dutchHint;
    }

    /** The action's name as the history and the CLI know it, e.g. "record-conversation". */
    public String id() {
        return id;
    }

    /** The id is the stored code (the history's action names). */
    @Override
    public String code() {
        return id;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public String dutchHint() {
        return dutchHint;
    }

    public static Optional<LadderAction> of(String id) {
        return Coded.byCode(LadderAction.class, id);
    }

    /** The steps the ladder allows from this state, in the ladder's order. */
    public static List<LadderAction> allowedIn(EscalationState state) {
        return Arrays.stream(values()).filter(a -> EscalationLadder.allowedActions(state).contains(a.id)).toList();
    }

    /** The Dutch refusal when a step is not allowed in the escalation's current state. */
    public String refusalIn(Escalation e) {
        List<LadderAction> allowed = allowedIn(e.state());
        return "Dit kan nu niet: '" + dutchLabel + "' is niet toegestaan voor escalatie " + e.id() + ", die staat in "
                + e.state().dutchLabel() + ". Nu toegestaan: " + (allowed.isEmpty() ? "niets (de escalatie is gesloten)"
                : String.join(", ", allowed.stream().map(LadderAction::dutchLabel).toList())) + ".";
    }
}
