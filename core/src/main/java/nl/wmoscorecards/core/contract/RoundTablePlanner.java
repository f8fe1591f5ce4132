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
 * region (largest first within a region) so the table is spread over the regions.
 */
public final class RoundTablePlanner {
    public static final int INVITE_ALL_UP_TO = 12;

    public record Invitation(String provider, SizeClass size, String measurementRegion, int clients) {
    }

    public List<Invitation> invite(List<ProviderSize> relevant) {
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
