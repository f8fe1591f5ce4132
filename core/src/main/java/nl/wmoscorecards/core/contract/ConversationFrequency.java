package nl.wmoscorecards.core.contract;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.wmoscorecards.core.region.ConversationsPerYear;

/**
 * Whether each provider had the contract-management conversations its contracting region holds a year
 * (config {@code conversationsPerYear}): the count per provider in a year, and who has fewer than the minimum.
 */
public final class ConversationFrequency {
    private ConversationFrequency() {
    }

    /**
     * @param held     conversations held with the provider in the year
     * @param expected the region's configured number a year
     * @param required whether the provider must have them (it has allocations in the region that year); one
     *                 that had a conversation without is counted, never flagged
     */
    public record Count(String provider, int year, int held, ConversationsPerYear expected, boolean required) {
        public boolean belowMinimum() {
            return required && held < expected.min();
        }

        /** More than the region's maximum: worth knowing, never a shortfall. */
        public boolean aboveMaximum() {
            return expected.max() != null && held > expected.max();
        }
    }

    /**
     * Every provider that had a conversation in the year or is expected to have one, with its count.
     *
     * @param expected  the region's configured number a year
     * @param providers the providers expected to have them (with allocations in the region in the year)
     */
    public static List<Count> counts(ConversationsPerYear expected, int year, Collection<String> providers,
                                     List<ContractConversation> conversations) {
        Map<String, Integer> held = new TreeMap<>();
        new TreeSet<>(providers).forEach(p -> held.put(p, 0));
        conversations.stream().filter(c -> c.date().getYear() == year)
                .forEach(c -> held.merge(c.provider(), 1, Integer::sum));
        return held.entrySet().stream().map(e -> new Count(e.getKey(), year, e.getValue(), expected,
                providers.contains(e.getKey()))).toList();
    }

    /** The providers expected to have conversations that had fewer than the minimum in the year. */
    public static List<Count> belowMinimum(ConversationsPerYear expected, int year, Collection<String> providers,
                                           List<ContractConversation> conversations) {
        return counts(expected, year, providers, conversations).stream()
                .filter(Count::belowMinimum).toList();
    }
}
