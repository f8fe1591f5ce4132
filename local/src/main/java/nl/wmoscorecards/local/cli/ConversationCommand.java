package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.contract.ConversationFrequency;
import nl.wmoscorecards.core.contract.ConversationLog;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.ConversationsPerYear;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Contract managers record the contract-management conversations with each provider (seeds 000 and 001). */
@Command(name = "conversation", mixinStandardHelpOptions = true,
        description = "Record and list contract-management conversations; list flags providers below the region's minimum a year.",
        subcommands = {ConversationCommand.Record.class, ConversationCommand.ListAll.class})
public final class ConversationCommand {

    @Command(name = "record", mixinStandardHelpOptions = true, description = "Record a conversation held with a provider.")
    static final class Record extends RefusingCommand {
        @Mixin
        ContractingRegionOption region;

        @Option(names = "--provider", required = true, paramLabel = "AGB")
        String provider;

        @Mixin
        WhenAndWhoOptions held;

        @Option(names = "--note", paramLabel = "TEXT", description = "A short note.")
        String note;

        @Option(names = "--action", paramLabel = "TEXT[|OWNER[|DEADLINE]]",
                description = "An action agreed, with its owner and deadline (YYYY-MM-DD); repeat for more.")
        List<String> actions = new ArrayList<>();

        @Override
        int execute(LocalRuntime runtime, PrintWriter out) {
            List<ContractConversation.Action> parsed = new ArrayList<>();
            for (String action : actions) {
                parsed.add(parse(action));
            }
            ContractConversation conversation = new ConversationLog(runtime.stores().conversations(), runtime.config().regions())
                    .record(held.on(runtime), region.id(), provider, held.by(), note, parsed);
            out.println("Recorded " + conversation.id() + " (" + conversation.actions().size() + " actions)");
            return ExitCodes.OK;
        }

        private static ContractConversation.Action parse(String text) {
            String[] parts = text.split("\\|", -1);
            if (parts.length > 3) {
                throw new IllegalArgumentException("--action '" + text + "' has more than three parts: TEXT|OWNER|DEADLINE");
            }
            String owner = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
            LocalDate deadline = null;
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    deadline = LocalDate.parse(parts[2].strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("--action '" + text + "': deadline '" + parts[2].strip()
                            + "' is not a date like 2026-04-01");
                }
            }
            return new ContractConversation.Action(parts[0].strip(), owner, deadline);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Per provider with results in the region that year: conversations held against the minimum; then the conversations.")
    static final class ListAll extends RegionYearCommand {
        @Override
        int list(LocalRuntime runtime, ContractingRegion contracting, int y, PrintWriter out) {
            List<ContractConversation> ofYear = runtime.stores().conversations().conversationsOf(contracting.id()).stream()
                    .filter(c -> c.date().getYear() == y).toList();
            Map<String, String> names = runtime.providerKeys().names();
            ConversationsPerYear expected = runtime.config().regions().conversationsPerYear(contracting.id()).orElse(null);
            if (expected == null) {
                out.println(contracting.name() + " sets no number of conversations a year (conversationsPerYear in regions.yaml).");
            } else {
                List<ConversationFrequency.Count> counts = ConversationFrequency.counts(expected, y,
                        providersWithResults(runtime, contracting, y), ofYear);
                long below = counts.stream().filter(ConversationFrequency.Count::belowMinimum).count();
                out.println(contracting.name() + " " + y + ": " + expected.dutchRange() + " a year; "
                        + below + " of " + counts.stream().filter(ConversationFrequency.Count::required).count()
                        + " providers below the minimum");
                for (ConversationFrequency.Count c : counts) {
                    out.printf("  %-9s %-40s %d held%s%n", c.provider(), names.getOrDefault(c.provider(), ""), c.held(),
                            c.belowMinimum() ? "  BELOW MINIMUM " + expected.min()
                                    : !c.required() ? "  (no results in the region this year)"
                                    : c.aboveMaximum() ? "  (more than " + expected.max() + ")" : "");
                }
            }
            out.println(ofYear.size() + " conversations in " + y + ":");
            for (ContractConversation c : ofYear) {
                out.println("  " + c.date() + "  " + c.provider() + "  by " + c.heldBy()
                        + (c.note() == null ? "" : ": " + c.note()));
                for (ContractConversation.Action a : c.actions()) {
                    out.println("    - " + a.description() + (a.owner() == null ? "" : ", owner " + a.owner())
                            + (a.deadline() == null ? "" : ", by " + a.deadline()));
                }
            }
            return ExitCodes.OK;
        }

        /** As the internal site: providers with KPI results in the region's measurement regions that year. */
        private static Set<String> providersWithResults(LocalRuntime runtime, ContractingRegion contracting, int year) {
            Set<String> providers = new TreeSet<>();
            for (MeasurementRegion m : contracting.measurementRegions()) {
                runtime.stores().kpiResults().results(year, m.id()).stream().map(KpiResult::provider).forEach(providers::add);
            }
            return providers;
        }
    }
}
