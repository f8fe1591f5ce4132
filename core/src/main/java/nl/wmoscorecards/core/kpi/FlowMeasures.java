package nl.wmoscorecards.core.kpi;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.wmoscorecards.core.allocation.Allocation;

/**
 * Inflow, throughflow and outflow (in-, door- en uitstroom) from the message traffic, counted per allocation
 * (one trajectory of one client with one product), with a breakdown per municipality (gemeentecode).
 * Dates are iWmo dates: an end date (307) is the last day of care, so "after the end" is from the next day.
 */
final class FlowMeasures {
    /** Days after an end within which a new allocation of the same client counts as moving on, not leaving. */
    static final int DEFAULT_CONTINUATION_DAYS = 30;

    private FlowMeasures() {
    }

    /** Inflow: allocations of the provider whose actual start (305) lies in the year. */
    static Tally inflow(MeasureContext context, KpiDefinition definition) {
        Map<String, Integer> byMunicipality = new TreeMap<>();
        Set<String> clients = new HashSet<>();
        for (Allocation allocation : context.input().allocations()) {
            if (context.input().inPeriod(allocation.actualStartDate())) {
                byMunicipality.merge(allocation.key().municipality(), 1, Integer::sum);
                clients.add(Measures.clientOf(allocation));
            }
        }
        return Tally.count(total(byMunicipality), byMunicipality).observing(clients.size());
    }

    /**
     * Throughflow: allocations ended (307) in the year after which the client continued with a follow-up
     * allocation (see {@link #continuedElsewhere}).
     */
    static Tally throughflow(MeasureContext context, KpiDefinition definition) {
        return endedInYear(context, definition, true);
    }

    /** Outflow: allocations ended (307) in the year without a follow-up allocation of the client in the region. */
    static Tally outflow(MeasureContext context, KpiDefinition definition) {
        return endedInYear(context, definition, false);
    }

    /**
     * Every allocation ended (307) in the year, with a breakdown by WMO588 termination reason (redenbeeindiging)
     * as the 307 carried it (historic iWmo 2.x codes 32, 33 and 34 stay apart from 39). Parameter {@code reasons}
     * limits the count to those codes (the breakdown always shows all of them); {@code dropOutOnly: true} counts
     * drop-out only (uitval, Midden-Limburg): ended before the planned end date of the 301 (see {@link #droppedOut}).
     */
    static Tally outflowByReason(MeasureContext context, KpiDefinition definition) {
        List<String> counted = definition.stringListParameter("reasons");
        boolean dropOutOnly = Boolean.TRUE.equals(definition.parameters().get("dropOutOnly"));
        Map<String, Integer> byReason = new TreeMap<>();
        long total = 0;
        // The observed group is every allocation ended in the period, drop-out or not: the share that dropped out
        // is read against it.
        Set<String> observed = new HashSet<>();
        for (Allocation allocation : context.input().allocations()) {
            if (!context.input().inPeriod(allocation.actualEndDate())) {
                continue;
            }
            observed.add(Measures.clientOf(allocation));
            if (dropOutOnly && !droppedOut(allocation)) {
                continue;
            }
            String reason = allocation.stop().reason() == null ? "unknown" : allocation.stop().reason();
            byReason.merge(reason, 1, Integer::sum);
            if (counted.isEmpty() || counted.contains(reason)) {
                total++;
            }
        }
        return Tally.count(total, byReason).observing(observed.size());
    }

    private static Tally endedInYear(MeasureContext context, KpiDefinition definition, boolean continued) {
        int days = definition.intParameter("continuationDays", DEFAULT_CONTINUATION_DAYS);
        Map<String, Integer> byMunicipality = new TreeMap<>();
        // Through- and outflow split one group, the allocations ended in the period: that is the observed group.
        Set<String> observed = new HashSet<>();
        for (Allocation allocation : context.input().allocations()) {
            LocalDate ended = allocation.actualEndDate();
            if (!context.input().inPeriod(ended)) {
                continue;
            }
            observed.add(Measures.clientOf(allocation));
            if (continuedElsewhere(context, allocation, ended, days) == continued) {
                byMunicipality.merge(allocation.key().municipality(), 1, Integer::sum);
            }
        }
        return Tally.count(total(byMunicipality), byMunicipality).observing(observed.size());
    }

    /**
     * A follow-up: another allocation of the same client in the region (any provider, any product) whose 301
     * start date lies after this one's end date (307) and at the latest {@code days} after it. An allocation that
     * started on or before the end date ran alongside this one (a parallel allocation), whenever it was assigned:
     * the client did not move on to it.
     */
    static boolean continuedElsewhere(MeasureContext context, Allocation ended, LocalDate endDate, int days) {
        String client = ended.toewijzing().clientPseudonym();
        LocalDate latest = endDate.plusDays(days);
        return context.regionAllocationsOfClient(client).stream()
                .filter(other -> !other.key().equals(ended.key()))
                .map(Allocation::assignedStartDate)
                .anyMatch(start -> start.isAfter(endDate) && !start.isAfter(latest));
    }

    /**
     * Drop-out (uitval): the 307 end date lies before the planned end date of the 301. Ending on the planned end
     * date (or later) is no drop-out, nor is any end of an allocation without a planned end date: nothing says
     * it ended early.
     */
    static boolean droppedOut(Allocation allocation) {
        LocalDate planned = allocation.toewijzing().endDate();
        LocalDate ended = allocation.actualEndDate();
        return planned != null && ended != null && ended.isBefore(planned);
    }

    static long total(Map<String, Integer> breakdown) {
        return breakdown.values().stream().mapToLong(Integer::longValue).sum();
    }
}
