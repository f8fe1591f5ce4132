package nl.wmoscorecards.local.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wmoscorecards.core.privacy.Bsn;

/**
 * Hands out distinct BSNs that pass the elfproef, generated at run time. It uses the iStandaarden test
 * range (999900006-999999990) first, so demo data cannot name a real citizen; only a demo larger than
 * that range (about 9,000 clients) falls back to other valid numbers.
 */
final class BsnSource {
    private final DemoRandom random;
    private final List<String> testRange = new ArrayList<>();
    private final Set<String> issuedOutsideTestRange = new HashSet<>();
    private int next;

    BsnSource(DemoRandom random) {
        this.random = random;
        for (int tail = 0; tail < 100_000; tail++) {
            String candidate = "9999" + String.format("%05d", tail);
            if (Bsn.isValid(candidate)) {
                testRange.add(candidate);
            }
        }
        random.shuffle(testRange);
    }

    String next() {
        if (next < testRange.size()) {
            return testRange.get(next++);
        }
        while (true) {
            String candidate = Integer.toString(random.between(100_000_000, 899_999_999));
            if (Bsn.isValid(candidate) && issuedOutsideTestRange.add(candidate)) {
                return candidate;
            }
        }
    }
}
