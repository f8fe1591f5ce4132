package nl.wmoscorecards.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationLadder;
import nl.wmoscorecards.core.escalation.EscalationStore;
import nl.wmoscorecards.core.escalation.LadderAction;
import nl.wmoscorecards.core.escalation.TransitionRefused;
import nl.wmoscorecards.core.privacy.OutboundValues;
import nl.wmoscorecards.core.run.EscalationService;

/**
 * A contract manager's step on the ladder, as the browser's form sends it (Dutch field names): checks that the
 * escalation is in one of the manager's regions, reads the form, lets the ladder decide, and words every refusal
 * in Dutch. The manager's name is who decided, never a form field.
 */
public final class EscalationActions {
    public static final int MAX_NOTE_CHARS = 2_000;
    private final EscalationStore store;
    private final EscalationService service;
    private final Clock clock;

    /** What became of the step. */
    public sealed interface Outcome permits Done, Refused, NotFound {
    }

    /** Recorded; the escalation as stored now. */
    public record Done(Escalation escalation, String messageNl) implements Outcome {
    }

    /** Not recorded: the ladder or the form says no, in Dutch; {@code escalation} as it stands, when known. */
    public record Refused(Escalation escalation, String messageNl) implements Outcome {
    }

    /** No such escalation in the manager's regions (another region's answers the same). */
    public record NotFound(String messageNl) implements Outcome {
    }

    public EscalationActions(Ports stores, Clock clock) {
        this.store = stores.escalations();
        this.service = UseCases.escalations(stores, clock);
        this.clock = clock;
    }

    /** The escalation when it is in {@code region} and the manager manages that region. */
    public Optional<Escalation> visible(ContractManager manager, String region, String escalationId) {
        if (!manager.manages(region) || escalationId == null) {
            return Optional.empty();
        }
        return store.find(escalationId).filter(e -> e.contractingRegion().equals(region));
    }

    public Outcome act(ContractManager manager, String region, String escalationId, Map<String, String> form) {
        Optional<Escalation> found = visible(manager, region, escalationId);
        if (found.isEmpty()) {
            return new NotFound("Deze escalatie bestaat niet of hoort niet bij uw inkoopregio.");
        }
        Optional<LadderAction> action = LadderAction.of(field(form, "actie"));
        if (action.isEmpty()) {
            return new Refused(found.get(), "Kies een stap van de escalatieladder.");
        }
        if (!EscalationLadder.allowedActions(found.get().state()).contains(action.get().id())) {
            return new Refused(found.get(), action.get().refusalIn(found.get()));
        }
        try {
            UnaryOperator<Escalation> step = step(action.get(), form, manager.name());
            Escalation after = service.act(escalationId, current -> {
                if (!EscalationLadder.allowedActions(current.state()).contains(action.get().id())) {
                    throw new RefusedStep(action.get().refusalIn(current));
                }
                return step.apply(current);
            });
            return new Done(after, "'" + action.get().dutchLabel() + "' voor escalatie " + after.id()
                    + "; die staat nu in " + after.state().dutchLabel() + ".");
        } catch (RefusedStep | TransitionRefused e) {
            return new Refused(store.find(escalationId).orElse(found.get()), e.getMessage());
        } catch (EscalationStore.ConcurrentChange e) {
            return new Refused(found.get(), "Iemand anders heeft deze escalatie net gewijzigd. Bekijk de nieuwe stand"
                    + " en probeer het opnieuw.");
        }
    }

    private UnaryOperator<Escalation> step(LadderAction action, Map<String, String> form, String by) {
        String given = field(form, "datum");
        LocalDate date = given == null ? today() : date(given, "De datum");
        if (date.isAfter(today())) {
            throw new RefusedStep("De datum " + date + " ligt in de toekomst: leg een stap vast op of na de dag waarop hij gebeurde.");
        }
        String note = note(field(form, "toelichting"));
        return switch (action) {
            case RECORD_CONVERSATION -> {
                boolean impossible = "ja".equals(field(form, "verbeteringOnmogelijk"));
                int days = planDays(field(form, "planDagen"));
                yield e -> service.ladder().recordConversation(e, date, days, !impossible, note, by);
            }
            case RECORD_PLAN -> e -> service.ladder().recordPlan(e, date, note, by);
            case ASSESS_PLAN -> {
                String verdict = field(form, "oordeel");
                if (!"voldoende".equals(verdict) && !"onvoldoende".equals(verdict)) {
                    throw new RefusedStep("Kies of het verbeterplan voldoende of onvoldoende is.");
                }
                boolean sufficient = "voldoende".equals(verdict);
                String until = field(form, "uiterlijk");
                LocalDate deadline = sufficient && until != null ? date(until, "De datum waarop de verbeteringen gerealiseerd zijn") : null;
                if (sufficient && (deadline == null || !deadline.isAfter(date))) {
                    throw new RefusedStep("Een voldoende verbeterplan heeft een datum nodig waarop de verbeteringen"
                            + " gerealiseerd zijn, na " + date + ".");
                }
                yield e -> service.ladder().assessPlan(e, date, sufficient, deadline, note, by);
            }
            case CLIENT_STOP -> {
                String stop = field(form, "stop");
                if (!"aan".equals(stop) && !"uit".equals(stop)) {
                    throw new RefusedStep("Kies of de cliëntenstop wordt ingesteld of opgeheven.");
                }
                yield e -> service.ladder().clientStop(e, date, "aan".equals(stop), note, by);
            }
            case ENGAGE_THIRD_PARTY -> {
                String party = text(field(form, "partij"), 200, "De naam van de derde partij");
                if (party == null) {
                    throw new RefusedStep("Vul de naam van de derde partij in.");
                }
                yield e -> service.ladder().engageThirdParty(e, date, party, note, by);
            }
            case RESOLVE -> e -> service.ladder().resolve(e, date, note, by);
            case DECLARE_DEFAULT -> e -> service.ladder().declareDefault(e, date, note, by);
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RefusedStep(what + " '" + OutboundValues.value(text) + "' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2026-03-15.");
        }
    }

    private static int planDays(String text) {
        if (text == null) {
            return EscalationLadder.DEFAULT_PLAN_DAYS;
        }
        try {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= 365) {
                return days;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new RefusedStep("Het aantal dagen tot het verbeterplan is een heel getal van 1 tot en met 365.");
    }

    private static String note(String text) {
        return text(text, MAX_NOTE_CHARS, "De toelichting");
    }

    /** Free text as the history keeps it: no BSN (it would reach the internal site), not longer than the limit. */
    private static String text(String text, int max, String what) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            throw new RefusedStep(what + " is langer dan " + max + " tekens.");
        }
        if (OutboundValues.containsBsn(text)) {
            throw new RefusedStep(what + " lijkt een BSN te bevatten. Noem geen cliënten: het verloop is voor alle"
                    + " contractmanagers van de regio te zien.");
        }
        return text;
    }

    /** A form field, stripped; null when absent or blank. */
    private static String field(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A refusal worded in Dutch for the contract manager. */
    static final class RefusedStep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedStep(String messageNl) {
            super(messageNl, null, false, false);
        }
    }
}
