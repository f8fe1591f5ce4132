package nl.wmoscorecards.local.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The one source of randomness of the demo: seeded, so the same seed gives the same data. */
final class DemoRandom {
    private final SplittableRandom random;

    DemoRandom(long seed) {
        this(new SplittableRandom(seed));
    }

    private DemoRandom(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so one region's draws do not shift another's. */
    DemoRandom split() {
        return new DemoRandom(random.split());
    }

    int between(int minInclusive, int maxInclusive) {
        return random.nextInt(minInclusive, maxInclusive + 1);
    }

    double between(double minInclusive, double maxExclusive) {
        return random.nextDouble(minInclusive, maxExclusive);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Fisher-Yates, so the result depends on the seed only. */
    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }
}
