package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.contract.RoundTableAttendance;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Who was invited to and who attended a round table (overlegtafel); `round-table` leaves out who missed more than twice. */
@Command(name = "round-table-attendance", mixinStandardHelpOptions = true,
        description = "Record and list the attendance of round tables held.",
        subcommands = {RoundTableAttendanceCommand.Record.class, RoundTableAttendanceCommand.ListAll.class})
public final class RoundTableAttendanceCommand {

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Record a round table: who was invited, who attended, who sent apologies with a reason. "
                    + "Recording the same region, date and topic again corrects it.")
    static final class Record extends RefusingCommand {
        @Mixin
        ContractingRegionOption region;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        LocalDate date;

        @Option(names = "--topic", paramLabel = "TEXT", description = "Product, products or theme.")
        String topic;

        @Option(names = "--invited", required = true, split = ",", paramLabel = "AGB,...")
        Set<String> invited;

        @Option(names = "--attended", split = ",", paramLabel = "AGB,...")
        Set<String> attended = Set.of();

        @Option(names = "--excused", split = ",", paramLabel = "AGB,...",
                description = "Invited providers that did not attend but gave a reason beforehand.")
        Set<String> excused = Set.of();

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who records it.")
        String by;

        @Override
        int execute(LocalRuntime runtime, PrintWriter out) {
            String contracting = region.of(runtime).id();
            RoundTableMeeting meeting = new RoundTableMeeting(RoundTableMeeting.idOf(contracting, date, topic), contracting,
                    date, topic, codes(invited), codes(attended), codes(excused), by);
            runtime.stores().roundTables().save(meeting);
            long missed = meeting.invited().stream().filter(meeting::missed).count();
            out.println("Recorded " + meeting.id() + ": " + meeting.invited().size() + " invited, "
                    + meeting.attended().size() + " attended, " + missed + " missed");
            return ExitCodes.OK;
        }
    }

    /** The AGB codes of a comma-separated option, blanks left out ("--excused ''" is none). */
    static Set<String> codes(Set<String> given) {
        return given.stream().map(String::strip).filter(c -> !c.isEmpty()).collect(java.util.stream.Collectors.toSet());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The round tables of a region and, per provider, its misses in the year and the year before.")
    static final class ListAll extends RegionYearCommand {
        @Override
        int list(LocalRuntime runtime, ContractingRegion contracting, int y, PrintWriter out) {
            List<RoundTableMeeting> meetings = runtime.stores().roundTables().roundTablesOf(contracting.id());
            for (RoundTableMeeting m : meetings) {
                out.println(m.date() + "  " + m.id() + "  invited " + m.invited().size() + ", attended "
                        + m.attended().size() + ", missed " + m.invited().stream().filter(m::missed).sorted().toList());
            }
            Map<String, RoundTableAttendance.Absences> absences = RoundTableAttendance.absences(meetings, y);
            out.println("Misses " + RoundTableAttendance.firstCountedYear(y) + "-" + y + " (more than "
                    + RoundTableAttendance.MISSES_ALLOWED + ": left out of the next round table):");
            Map<String, String> names = runtime.providerKeys().names();
            absences.forEach((provider, a) -> out.printf("  %-9s %-40s %d missed, %d without reason%s%n", provider,
                    names.getOrDefault(provider, ""), a.missed(), a.withoutReason(), a.overLimit() ? "  LEFT OUT" : ""));
            if (absences.isEmpty()) {
                out.println("  none");
            }
            return ExitCodes.OK;
        }
    }
}
