package nl.wmoscorecards.core.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Messages as a network delivers them: in any order, some of them more than once. */
final class ArrivalOrders {
    private ArrivalOrders() {
    }

    /** The events shuffled, with a random number of the first ones delivered twice. */
    static List<AllocationEvent> shuffledWithRepeats(List<AllocationEvent> events, Random random) {
        List<AllocationEvent> shuffled = new ArrayList<>(events);
        shuffled.addAll(events.subList(0, random.nextInt(events.size())));
        Collections.shuffle(shuffled, random);
        return shuffled;
    }
}
