package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationLadder;
import nl.wmoscorecards.core.escalation.EscalationStore;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.core.escalation.TransitionRefused;
import nl.wmoscorecards.core.run.DailyCheck;
import nl.wmoscorecards.core.run.EscalationService;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Contract managers walk an escalation along the ladder of seed 001. */
@Command(name = "escalation", mixinStandardHelpOptions = true,
        description = "List, show and move escalations: signal, conversation, improvement plan, assessment, "
                + "client stop, third party at the provider's cost, resolution or default.",
        subcommands = {EscalationCommand.ListAll.class, EscalationCommand.Show.class, EscalationCommand.RecordConversation.class,
                EscalationCommand.RecordPlan.class, EscalationCommand.AssessPlan.class, EscalationCommand.ClientStop.class,
                EscalationCommand.EngageThirdParty.class, EscalationCommand.Resolve.class, EscalationCommand.DeclareDefault.class, EscalationCommand.CheckDeadlines.class})
public final class EscalationCommand {

    /** What every action needs: the escalation, the date it took effect and who decided. */
    abstract static class Action extends RefusingCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Escalation id, e.g. zaanstreek-waterland-2025-12345678.")
        String id;

        @Mixin
        WhenAndWhoOptions decided;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why; kept in the history.")
        String reason;

        abstract UnaryOperator<Escalation> action(EscalationLadder ladder, LocalDate on);

        @Override
        boolean isRefusal(Exception failure) {
            return super.isRefusal(failure) || failure instanceof TransitionRefused
                    || failure instanceof EscalationStore.ConcurrentChange;
        }

        @Override
        int execute(LocalRuntime runtime, PrintWriter out) {
            EscalationService service = UseCases.escalations(runtime.stores(), runtime.clock());
            Escalation after = service.act(id, action(service.ladder(), decided.on(runtime)));
            print(after, out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "All escalations with their step.")
    static final class ListAll extends RuntimeCommand {
        @Option(names = "--open", description = "Only open escalations.")
        boolean onlyOpen;

        @Override
        int execute(LocalRuntime runtime, PrintWriter out) {
            List<Escalation> all = runtime.stores().escalations().all();
            for (Escalation e : all) {
                if (!onlyOpen || e.state().isOpen()) {
                    out.printf("%-45s %-15s %d shortfalls%s%n", e.id(), e.state(), e.shortfalls().size(), deadline(e));
                }
            }
            if (all.isEmpty()) {
                out.println("No escalations.");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One escalation with its shortfalls and history.")
    static final class Show extends RuntimeCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        int execute(LocalRuntime runtime, PrintWriter out) {
            var found = runtime.stores().escalations().find(id);
            if (found.isEmpty()) {
                out.println("No escalation " + id);
                return ExitCodes.REJECTED;
            }
            print(found.get(), out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "record-conversation", mixinStandardHelpOptions = true,
            description = "Step 1: the escalation conversation was held and the letter sent; the plan is due after --plan-days.")
    static final class RecordConversation extends Action {
        @Option(names = "--plan-days", defaultValue = "14", description = "Days until the improvement plan is due (default: ${DEFAULT-VALUE}).")
        int planDays;

        @Option(names = "--improvement-impossible", description = "The conversation showed improvement in time is not possible: step 3.")
        boolean impossible;

        @Override
        UnaryOperator<Escalation> action(EscalationLadder ladder, LocalDate on) {
            return e -> ladder.recordConversation(e, on, planDays, !impossible, reason, decided.by());
        }
    }

    @Command(name = "record-plan", mixinStandardHelpOptions = true, description = "Step 2: the improvement plan was delivered.")
    static final class RecordPlan extends Action {
        @Override
        UnaryOperator<Escalation> action(EscalationLadder ladder, LocalDate on) {
            return e -> ladder.recordPlan(e, on, reason, decided.by());
        }
    }

    @Command(name = "assess-plan", mixinStandardHelpOptions = true,
            description = "Step 2: judge the plan; sufficient needs a realisation deadline, insufficient is step 3.")
    static final class AssessPlan extends Action {
        @ArgGroup(multiplicity = "1")
        Verdict verdict;

        static final class Verdict {
            @Option(names = "--sufficient", paramLabel = "DEADLINE", description = "Sufficient; improvements due by DEADLINE.")
            LocalDate deadline;

            @Option(names = "--insufficient", description = "Insufficient: step 3.")
            boolean insufficient;
        }

        @Override
        UnaryOperator<Escalation> action(EscalationLadder ladder, LocalDate on) {
            return e -> ladder.assessPlan(e, on, !verdict.insufficient, verdict.deadline, reason, decided.by());
        }
    }

    @Command(name = "client-stop", mixinStandardHelpOptions = true, description = "Impose (--on) or lift (--off) a client stop.")
    static final class ClientStop extends Action {
        @ArgGroup(multiplicity = "1")
        Switch change;

        static final class Switch {
            @Option(names = "--on", description = "No new clients for this provider.")
            boolean on;

            @Option(names = "--off", description = "Lift the client stop.")
            boolean off;
        }

        @Override
        UnaryOperator<Escalation> action(EscalationLadder ladder, LocalDate on) {
            return e -> ladder.clientStop(e, on, change.on, reason, decided.by());
        }
    }

    @Command(name = "engage-third-party", mixinStandardHelpOptions = true,
            description = "Step 2: the municipality engages a third party for the continuity of support, at the provider's cost.")
    static final class EngageThirdParty extends Action {
        @Option(names = "--party", required = true, paramLabel = "NAME", description = "The third party engaged.")
        String party;

        @Override
        UnaryOperator<Escalation> action(EscalationLadder ladder, LocalDate on) {
            return e -> ladder.engageThirdParty(e, on, party, reason, decided.by());
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = "The improvements were realised and reported.")
    static final class Resolve extends Action {
        @Override
        UnaryOperator<Escalation> action(EscalationLadder ladder, LocalDate on) {
            return e -> ladder.resolve(e, on, reason, decided.by());
        }
    }

    @Command(name = "declare-default", mixinStandardHelpOptions = true,
            description = "Step 3: plan not implemented or improvements not realised; the provider is in default.")
    static final class DeclareDefault extends Action {
        @Override
        UnaryOperator<Escalation> action(EscalationLadder ladder, LocalDate on) {
            return e -> ladder.declareDefault(e, on, reason, decided.by());
        }
    }

    @Command(name = "check-deadlines", mixinStandardHelpOptions = true,
            description = "What the daily schedule does: raise last year's reports that fell due and were not delivered"
                    + " (from the first working day after the due date), and move escalations whose deadline passed to step 3.")
    static final class CheckDeadlines extends RuntimeCommand {
        @Option(names = "--today", paramLabel = "DATE", description = "Default: today.")
        LocalDate today;

        @Override
        int execute(LocalRuntime runtime, PrintWriter out) {
            LocalDate on = orToday(today, runtime);
            DailyCheck.Outcome outcome = UseCases.dailyCheck(runtime.config(), runtime.stores(), runtime.clock()).run(on);
            outcome.raised().forEach(e -> out.println(e.id() + " signalled: " + lastReason(e)));
            outcome.moved().forEach(e -> out.println(e.id() + " -> " + e.state() + ": " + lastReason(e)));
            out.println(outcome.raised().size() + " escalations raised or extended for reports, "
                    + outcome.moved().size() + " escalations moved on " + on);
            return ExitCodes.OK;
        }

        private static String lastReason(Escalation e) {
            return e.history().get(e.history().size() - 1).reason();
        }
    }

    private static String deadline(Escalation e) {
        return switch (e.state()) {
            case PLAN_DUE -> ", plan due " + e.planDue();
            case IMPROVING -> ", improvements due " + e.realisationDeadline();
            default -> "";
        } + (e.clientStop() ? ", client stop" : "")
                + (e.thirdPartyEngagements().isEmpty() ? "" : ", third party engaged");
    }

    static void print(Escalation e, PrintWriter out) {
        out.println(e.id() + ": " + e.state() + " (" + e.state().dutchLabel() + ")" + deadline(e));
        out.println("  provider " + e.provider() + ", " + e.contractingRegion() + ", cycle " + e.year());
        out.println("  shortfalls:");
        for (Shortfall s : e.shortfalls()) {
            out.println("    - " + s.kind() + " " + s.subject() + (s.region() == null ? "" : " in " + s.region()) + ": " + s.detail());
        }
        out.println("  history:");
        for (Transition t : e.history()) {
            out.println("    " + t.date() + "  " + (t.from() == null ? "-" : t.from()) + " -> " + t.to() + "  " + t.action()
                    + " by " + t.decidedBy() + ": " + t.reason());
        }
        out.println("  allowed next: " + String.join(", ", EscalationLadder.allowedActions(e.state()).stream().sorted().toList()));
    }
}
