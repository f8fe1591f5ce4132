package nl.wmoscorecards.site;

import java.util.Map;

/**
 * The parts of a figure that may be shown (cause of non-achievement, municipality, reason...) by code, and
 * what is left of the whole when the small parts are folded together ({@code rest}: shown as "overige", 0 when
 * every part is shown). The publication policy makes sure the rest is 0 or a group from the minimum up.
 */
record Breakdown(Map<String, Integer> parts, int rest) {
    static final Breakdown NONE = new Breakdown(Map.of(), 0);

    Breakdown {
        parts = Map.copyOf(parts);
    }

    boolean isEmpty() {
        return parts.isEmpty() && rest == 0;
    }
}
