package nl.wmoscorecards.local.demo;

import java.util.List;

/**
 * Picks the handful of allocations whose 301, 305 and 307 go out as iWmo XML instead of CSV / JSON
 * Lines: three that ended and three still in care, each with exactly one message of each kind.
 */
final class XmlSelection {
    private int withStop = 3;
    private int withoutStop = 3;

    boolean wants(PlannedAllocation allocation) {
        if (allocation.deleted() || allocation.actualStart() == null) {
            return false;
        }
        return allocation.actualEnd() != null ? withStop > 0 : withoutStop > 0;
    }

    /** True (and counted) when the allocation's messages are simple enough to go out as XML. */
    boolean accept(PlannedAllocation allocation, List<EventLine> lines) {
        boolean ended = allocation.actualEnd() != null;
        if (count(lines, EventLine.TYPE_301) != 1 || count(lines, EventLine.TYPE_305) != 1
                || count(lines, EventLine.TYPE_307) != (ended ? 1 : 0)) {
            return false;
        }
        if (ended) {
            withStop--;
        } else {
            withoutStop--;
        }
        return true;
    }

    static boolean isIwmoMessage(EventLine line) {
        return !EventLine.TYPE_EVALUATION.equals(line.type());
    }

    private static long count(List<EventLine> lines, String type) {
        return lines.stream().filter(l -> l.type().equals(type)).count();
    }
}
