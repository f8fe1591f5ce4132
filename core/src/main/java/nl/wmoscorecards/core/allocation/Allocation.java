package nl.wmoscorecards.core.allocation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One allocation with the winning message of each type folded in. Folding is commutative and
 * idempotent: any order and any number of repeats of the same messages give the same allocation.
 */
public record Allocation(
        AllocationKey key,
        Toewijzing toewijzing,
        StartZorg start,
        StopZorg stop,
        Evaluation evaluation,
        Set<String> seenMessages) {

    public Allocation {
        seenMessages = Set.copyOf(seenMessages);
    }

    public static Allocation empty(AllocationKey key) {
        return new Allocation(key, null, null, null, null, Set.of());
    }

    /** Folds the messages in, in any order; a message id seen before is ignored. */
    public Allocation applyAll(Collection<? extends AllocationEvent> events) {
        Set<String> seen = new TreeSet<>(seenMessages);
        Toewijzing t = toewijzing;
        StartZorg s = start;
        StopZorg e = stop;
        Evaluation v = evaluation;
        for (AllocationEvent event : events) {
            if (!event.key().equals(key)) {
                throw new IllegalArgumentException("event for " + event.key() + " applied to " + key);
            }
            if (!seen.add(event.seenKey())) {
                continue;
            }
            if (event instanceof Toewijzing x && x.stamp().supersedes(stampOf(t))) {
                t = x;
            } else if (event instanceof StartZorg x && x.stamp().supersedes(stampOf(s))) {
                s = x;
            } else if (event instanceof StopZorg x && x.stamp().supersedes(stampOf(e))) {
                e = x;
            } else if (event instanceof Evaluation x && x.stamp().supersedes(stampOf(v))) {
                v = x;
            }
        }
        return seen.size() == seenMessages.size() ? this : new Allocation(key, t, s, e, v, seen);
    }

    /** Folds one message in; a message id seen before is ignored. */
    public Allocation apply(AllocationEvent event) {
        return applyAll(List.of(event));
    }

    private static MessageStamp stampOf(AllocationEvent event) {
        return event == null ? null : event.stamp();
    }

    /** Counted in KPIs only with a 301 that is not an iWmo deletion. */
    public boolean isCountable() {
        return toewijzing != null && !toewijzing.isDeletion();
    }

    /** The provider of the 301; null while no 301 has arrived. */
    public String provider() {
        return toewijzing == null ? null : toewijzing.provider();
    }

    public LocalDate assignedStartDate() {
        return toewijzing == null ? null : toewijzing.startDate();
    }

    /** The actual start from the winning 305, or null when none or retracted. */
    public LocalDate actualStartDate() {
        return start == null || start.retraction() ? null : start.startDate();
    }

    /** The actual end from the winning 307, or null when none or retracted. */
    public LocalDate actualEndDate() {
        return stop == null || stop.retraction() ? null : stop.endDate();
    }
}
