package nl.wmoscorecards.local.demo;

import java.util.List;
import nl.wmoscorecards.core.allocation.MessageType;

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
        if (count(lines, MessageType.TOEWIJZING_301) != 1 || count(lines, MessageType.START_ZORG_305) != 1
                || count(lines, MessageType.STOP_ZORG_307) != (ended ? 1 : 0)) {
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
        return line.type() != MessageType.EVALUATION;
    }

    private static long count(List<EventLine> lines, MessageType type) {
        return lines.stream().filter(l -> l.type() == type).count();
    }
}
