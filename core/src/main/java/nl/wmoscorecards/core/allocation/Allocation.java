package nl.wmoscorecards.core.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One allocation with the winning message of each type folded in. Folding is commutative and
 * idempotent: any order and any number of repeats of the same messages give the same allocation.
 *
 * <p>Only the allocation's provider (the AGB code of the winning 301) may start or stop it. The latest 305 and
 * 307 of each sender are kept, so that a 301 arriving after them still decides which one counts: the counted
 * {@link #start()} and {@link #stop()} are the 301 provider's; another sender's are {@link #leftOut()}.
 *
 * @param startsBySender the winning 305 of each sender (AGB code)
 * @param stopsBySender  the winning 307 of each sender (AGB code)
 */
public record Allocation(
        AllocationKey key,
        Toewijzing toewijzing,
        Evaluation evaluation,
        Set<String> seenMessages,
        Map<String, StartZorg> startsBySender,
        Map<String, StopZorg> stopsBySender) {

    public Allocation {
        seenMessages = Set.copyOf(seenMessages);
        startsBySender = Map.copyOf(startsBySender);
        stopsBySender = Map.copyOf(stopsBySender);
    }

    /** An allocation with at most one start and one stop: each counts only when its sender is the 301's provider. */
    public Allocation(AllocationKey key, Toewijzing toewijzing, StartZorg start, StopZorg stop, Evaluation evaluation,
                      Set<String> seenMessages) {
        this(key, toewijzing, evaluation, seenMessages,
                start == null ? Map.of() : Map.of(start.provider(), start),
                stop == null ? Map.of() : Map.of(stop.provider(), stop));
    }

    public static Allocation empty(AllocationKey key) {
        return new Allocation(key, null, null, Set.of(), Map.of(), Map.of());
    }

    /** Folds the messages in, in any order; a message id seen before is ignored. */
    public Allocation applyAll(Collection<? extends AllocationEvent> events) {
        Set<String> seen = new TreeSet<>(seenMessages);
        Toewijzing t = toewijzing;
        Evaluation v = evaluation;
        Map<String, StartZorg> starts = new HashMap<>(startsBySender);
        Map<String, StopZorg> stops = new HashMap<>(stopsBySender);
        for (AllocationEvent event : events) {
            if (!event.key().equals(key)) {
                throw new IllegalArgumentException("event for " + event.key() + " applied to " + key);
            }
            if (!seen.add(event.seenKey())) {
                continue;
            }
            if (event instanceof Toewijzing x && x.stamp().supersedes(stampOf(t))) {
                t = x;
            } else if (event instanceof StartZorg x) {
                starts.merge(x.provider(), x, Allocation::later);
            } else if (event instanceof StopZorg x) {
                stops.merge(x.provider(), x, Allocation::later);
            } else if (event instanceof Evaluation x && x.stamp().supersedes(stampOf(v))) {
                v = x;
            }
        }
        return seen.size() == seenMessages.size() ? this : new Allocation(key, t, v, seen, starts, stops);
    }

    /** Folds one message in; a message id seen before is ignored. */
    public Allocation apply(AllocationEvent event) {
        return applyAll(List.of(event));
    }

    private static <T extends AllocationEvent> T later(T a, T b) {
        return b.stamp().supersedes(a.stamp()) ? b : a;
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

    /**
     * The counted 305: the latest one sent by the 301's provider (null when that provider sent none). While no 301
     * has arrived the latest of any sender, though such an allocation is not counted.
     */
    public StartZorg start() {
        return counted(startsBySender);
    }

    /** The counted 307, chosen like {@link #start()}. */
    public StopZorg stop() {
        return counted(stopsBySender);
    }

    private <T extends AllocationEvent> T counted(Map<String, T> bySender) {
        if (toewijzing != null) {
            return bySender.get(toewijzing.provider());
        }
        T latest = null;
        for (T candidate : bySender.values()) {
            if (latest == null || candidate.stamp().supersedes(latest.stamp())) {
                latest = candidate;
            }
        }
        return latest;
    }

    /**
     * The 305s and 307s that do not count because their sender is not the provider of the 301 (the latest of each
     * such sender and type), by type and sending time; empty while no 301 has arrived.
     */
    public List<LeftOutMessage> leftOut() {
        if (toewijzing == null || (startsBySender.size() <= 1 && stopsBySender.size() <= 1
                && isProvider(startsBySender) && isProvider(stopsBySender))) {
            return List.of();
        }
        List<LeftOutMessage> left = new ArrayList<>();
        for (AllocationEvent event : startsBySender.values()) {
            addIfForeign(left, event);
        }
        for (AllocationEvent event : stopsBySender.values()) {
            addIfForeign(left, event);
        }
        left.sort(Comparator.comparing(LeftOutMessage::type).thenComparing(LeftOutMessage::stamp)
                .thenComparing(LeftOutMessage::sender));
        return List.copyOf(left);
    }

    private boolean isProvider(Map<String, ? extends AllocationEvent> bySender) {
        return bySender.isEmpty() || bySender.containsKey(toewijzing.provider());
    }

    private void addIfForeign(List<LeftOutMessage> left, AllocationEvent event) {
        if (!event.provider().equals(toewijzing.provider())) {
            left.add(new LeftOutMessage(event.type(), event.stamp(), event.provider()));
        }
    }

    public LocalDate assignedStartDate() {
        return toewijzing == null ? null : toewijzing.startDate();
    }

    /** The actual start from the counted 305, or null when none or retracted. */
    public LocalDate actualStartDate() {
        StartZorg start = start();
        return start == null || start.retraction() ? null : start.startDate();
    }

    /** The actual end from the counted 307, or null when none or retracted. */
    public LocalDate actualEndDate() {
        StopZorg stop = stop();
        return stop == null || stop.retraction() ? null : stop.endDate();
    }
}
