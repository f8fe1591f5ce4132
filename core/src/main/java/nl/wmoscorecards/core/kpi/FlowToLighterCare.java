package nl.wmoscorecards.core.kpi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.allocation.Allocation;

/**
 * Flow to lighter care within N months (doorstroom naar lichtere zorg, DWO): of the provider's allocations whose
 * N-month window after the actual start (305) closed in the year, the share whose client moved to lighter care
 * within the window: the allocation ended (307) and a 301 for a product category lower in the intensity order
 * (any provider in the region) starts after that end date, within the window; or it ended with a reason that
 * means lighter support (e.g. 32, continued in basic social support). As for throughflow, a lighter allocation
 * that started on or before the end date ran alongside (e.g. day care while in sheltered housing): no move.
 *
 * <p>Parameters: {@code months}; {@code intensityOrder}, a list of levels heaviest first, each a list of
 * product categories of equal weight; optional {@code fromCategories} (only allocations in these categories,
 * e.g. 15 Beschermd wonen) and {@code lighterReasons}. Categories outside the order are neither heavier nor
 * lighter, so they are not counted.
 */
final class FlowToLighterCare {

    private FlowToLighterCare() {
    }

    static Tally compute(MeasureContext context, KpiDefinition definition) {
        int months = definition.intParameter("months");
        Map<String, Integer> level = intensityLevels(definition);
        List<String> fromCategories = definition.stringListParameter("fromCategories");
        List<String> lighterReasons = definition.stringListParameter("lighterReasons");
        long population = 0;
        long moved = 0;
        Set<String> clients = new HashSet<>();
        for (Allocation allocation : context.input().allocations()) {
            LocalDate started = allocation.actualStartDate();
            String category = allocation.toewijzing().productCategory();
            if (started == null || !level.containsKey(category)
                    || (!fromCategories.isEmpty() && !fromCategories.contains(category))) {
                continue;
            }
            LocalDate windowEnd = started.plusMonths(months);
            // Only windows that have closed, so a recent start is not counted as "not moved" too early.
            if (!context.input().inPeriod(windowEnd) || !windowEnd.isBefore(context.input().asOf())) {
                continue;
            }
            population++;
            clients.add(Measures.clientOf(allocation));
            if (endedToLighterSupport(allocation, windowEnd, lighterReasons)
                    || lighterFollowUpWithin(context, allocation, level, windowEnd)) {
                moved++;
            }
        }
        return Tally.percentage(moved, population, clients.size());
    }

    private static boolean endedToLighterSupport(Allocation allocation, LocalDate windowEnd, List<String> reasons) {
        LocalDate ended = allocation.actualEndDate();
        return ended != null && !ended.isAfter(windowEnd) && reasons.contains(allocation.stop().reason());
    }

    /** A lighter allocation of the client whose 301 start lies after the heavier one's end (307), by the window's end. */
    private static boolean lighterFollowUpWithin(MeasureContext context, Allocation heavier, Map<String, Integer> level,
                                                 LocalDate windowEnd) {
        LocalDate ended = heavier.actualEndDate();
        if (ended == null) {
            return false;
        }
        String client = heavier.toewijzing().clientPseudonym();
        int heavierLevel = level.get(heavier.toewijzing().productCategory());
        return context.regionAllocationsOfClient(client).stream()
                .filter(other -> !other.key().equals(heavier.key()))
                .filter(other -> level.getOrDefault(other.toewijzing().productCategory(), -1) > heavierLevel)
                .map(Allocation::assignedStartDate)
                .anyMatch(start -> start.isAfter(ended) && !start.isAfter(windowEnd));
    }

    /** Category to level: 0 is the heaviest; a higher level is lighter care. */
    static Map<String, Integer> intensityLevels(KpiDefinition definition) {
        Object order = definition.parameters().get("intensityOrder");
        if (!(order instanceof List<?> levels) || levels.isEmpty()) {
            throw new IllegalArgumentException("KPI " + definition.id() + " needs 'intensityOrder': levels of "
                    + "product categories, heaviest first");
        }
        Map<String, Integer> result = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            Object entry = levels.get(i);
            List<?> categories = entry instanceof List<?> l ? l : List.of(entry);
            for (Object category : categories) {
                if (result.put(KpiDefinition.code(category), i) != null) {
                    throw new IllegalArgumentException("KPI " + definition.id() + " lists category " + category
                            + " twice in its intensityOrder");
                }
            }
        }
        return result;
    }
}
