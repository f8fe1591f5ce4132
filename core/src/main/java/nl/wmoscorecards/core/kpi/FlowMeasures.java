package nl.wmoscorecards.core.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wmoscorecards.core.allocation.Allocation;

/**
 * Inflow, throughflow and outflow (in-, door- en uitstroom) from the message traffic, counted per allocation
 * (one trajectory of one client with one product), with a breakdown per municipality (gemeentecode).
 */
final class FlowMeasures {
    /** Days after an end within which a new allocation of the same client counts as moving on, not leaving. */
    static final int DEFAULT_CONTINUATION_DAYS = 30;

    private FlowMeasures() {
    }

    /** Inflow: allocations of the provider whose actual start (305) lies in the year. */
    static Outcome inflow(MeasureContext context, KpiDefinition definition) {
        Map<String, Integer> byMunicipality = new TreeMap<>();
        for (Allocation allocation : context.input().allocations()) {
            if (context.input().inYear(allocation.actualStartDate())) {
                byMunicipality.merge(allocation.key().municipality(), 1, Integer::sum);
            }
        }
        return Outcome.count(total(byMunicipality), byMunicipality);
    }

    /** Throughflow: allocations ended (307) in the year after which the client continued with another one. */
    static Outcome throughflow(MeasureContext context, KpiDefinition definition) {
        return endedInYear(context, definition, true);
    }

    /** Outflow: allocations ended (307) in the year after which the client did not continue in the region. */
    static Outcome outflow(MeasureContext context, KpiDefinition definition) {
        return endedInYear(context, definition, false);
    }

    /**
     * Every allocation ended (307) in the year, with a breakdown by WMO588 termination reason (redenbeeindiging);
     * parameter {@code reasons} limits the count to those codes (the breakdown always shows all of them).
     */
    static Outcome outflowByReason(MeasureContext context, KpiDefinition definition) {
        List<String> counted = definition.stringListParameter("reasons");
        Map<String, Integer> byReason = new TreeMap<>();
        long total = 0;
        for (Allocation allocation : context.input().allocations()) {
            if (!context.input().inYear(allocation.actualEndDate())) {
                continue;
            }
            String reason = allocation.stop().reason() == null ? "unknown" : allocation.stop().reason();
            byReason.merge(reason, 1, Integer::sum);
            if (counted.isEmpty() || counted.contains(reason)) {
                total++;
            }
        }
        return Outcome.count(total, byReason);
    }

    private static Outcome endedInYear(MeasureContext context, KpiDefinition definition, boolean continued) {
        int days = definition.intParameter("continuationDays", DEFAULT_CONTINUATION_DAYS);
        Map<String, Integer> byMunicipality = new TreeMap<>();
        for (Allocation allocation : context.input().allocations()) {
            LocalDate ended = allocation.actualEndDate();
            if (context.input().inYear(ended) && continuedElsewhere(context, allocation, ended, days) == continued) {
                byMunicipality.merge(allocation.key().municipality(), 1, Integer::sum);
            }
        }
        return Outcome.count(total(byMunicipality), byMunicipality);
    }

    /**
     * Another allocation of the same client in the region (any provider, any product), assigned after this one
     * started and at the latest {@code days} after it ended. One that ran alongside from before is no move.
     */
    static boolean continuedElsewhere(MeasureContext context, Allocation ended, LocalDate endDate, int days) {
        String client = ended.toewijzing().clientPseudonym();
        LocalDate latest = endDate.plusDays(days);
        return context.regionAllocationsOfClient(client).stream()
                .filter(other -> !other.key().equals(ended.key()))
                .map(Allocation::assignedStartDate)
                .anyMatch(start -> start.isAfter(ended.assignedStartDate()) && !start.isAfter(latest));
    }

    static long total(Map<String, Integer> breakdown) {
        return breakdown.values().stream().mapToLong(Integer::longValue).sum();
    }
}
