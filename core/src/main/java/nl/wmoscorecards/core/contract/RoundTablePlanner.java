package nl.wmoscorecards.core.contract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who is invited to a round table (overlegtafel, seed 001): every relevant provider when there are 12 or
 * fewer; otherwise at most 5 large, 5 medium and 2 small providers, taken in turn from each measurement
 * region (largest first within a region) so the table is spread over the regions. A provider that missed the
 * round tables more than twice ({@link RoundTableAttendance}) is left out first, and the plan says so; when
 * selecting, a similar provider takes its seat (the seed's "ter vervanging een gelijksoortige zorgaanbieder").
 */
public final class RoundTablePlanner {
    public static final int INVITE_ALL_UP_TO = 12;

    public record Invitation(String provider, SizeClass size, String measurementRegion, int clients) {
    }

    /** A relevant provider not invited because it missed the round tables more than twice. */
    public record Exclusion(String provider, SizeClass size, String measurementRegion, int clients,
                            RoundTableAttendance.Absences absences) {
    }

    /**
     * @param invited   who is invited
     * @param leftOut   who is left out for missing more than twice
     * @param absences  per provider that missed a counted round table, its absences (also of the invited)
     */
    public record Plan(List<Invitation> invited, List<Exclusion> leftOut, Map<String, RoundTableAttendance.Absences> absences) {
        public Plan {
            invited = List.copyOf(invited);
            leftOut = List.copyOf(leftOut);
            absences = Map.copyOf(absences);
        }
    }

    /** Nobody missed a round table. */
    public List<Invitation> invite(List<ProviderSize> relevant) {
        return plan(relevant, Map.of()).invited();
    }

    /** @param absences per provider its misses, as {@link RoundTableAttendance#absences} counts them */
    public Plan plan(List<ProviderSize> relevant, Map<String, RoundTableAttendance.Absences> absences) {
        List<Exclusion> leftOut = new ArrayList<>();
        List<ProviderSize> eligible = new ArrayList<>();
        for (ProviderSize p : relevant) {
            RoundTableAttendance.Absences missed = absences.get(p.provider());
            if (missed != null && missed.overLimit()) {
                leftOut.add(new Exclusion(p.provider(), p.sizeClass(), p.measurementRegion(), p.clients(), missed));
            } else {
                eligible.add(p);
            }
        }
        leftOut.sort(Comparator.comparing(Exclusion::provider));
        return new Plan(select(eligible), leftOut, absences);
    }

    private List<Invitation> select(List<ProviderSize> relevant) {
        List<Invitation> candidates = relevant.stream()
                .map(p -> new Invitation(p.provider(), p.sizeClass(), p.measurementRegion(), p.clients()))
                .sorted(Comparator.comparing(Invitation::size).thenComparing(Invitation::clients, Comparator.reverseOrder())
                        .thenComparing(Invitation::provider))
                .toList();
        if (candidates.size() <= INVITE_ALL_UP_TO) {
            return candidates;
        }
        List<Invitation> invited = new ArrayList<>();
        for (SizeClass size : SizeClass.values()) {
            invited.addAll(spread(candidates.stream().filter(c -> c.size() == size).toList(), size.seats()));
        }
        return invited;
    }

    /** Takes up to {@code seats}, one region at a time in turn, so no region fills the table alone. */
    private static List<Invitation> spread(List<Invitation> ofOneSize, int seats) {
        Map<String, Deque<Invitation>> byRegion = ofOneSize.stream().collect(Collectors.groupingBy(
                Invitation::measurementRegion, TreeMap::new, Collectors.toCollection(ArrayDeque::new)));
        List<Invitation> taken = new ArrayList<>();
        while (taken.size() < seats && byRegion.values().stream().anyMatch(q -> !q.isEmpty())) {
            for (Deque<Invitation> region : byRegion.values()) {
                if (!region.isEmpty() && taken.size() < seats) {
                    taken.add(region.poll());
                }
            }
        }
        return taken;
    }
}
