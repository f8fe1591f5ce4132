package nl.wmoscorecards.local.demo;

import java.util.function.Supplier;

/**
 * Distinct valid BSNs for data sets far larger than the iStandaarden test range, in constant memory: walks
 * eight-digit prefixes upward and adds the one check digit that passes the elfproef (about 10 in 11 prefixes
 * have one). Distinct by construction, so no set of issued numbers is kept.
 */
final class SequentialBsns implements Supplier<String> {
    private long prefix;

    /** @param firstPrefix an eight-digit start, e.g. 20,000,000; stays below the test range 9999xxxxx */
    SequentialBsns(long firstPrefix) {
        this.prefix = firstPrefix;
    }

    @Override
    public String get() {
        while (true) {
            long candidate = prefix++;
            if (candidate >= 99_990_000L) {
                throw new IllegalStateException("BSN prefixes exhausted");
            }
            int sum = 0;
            long rest = candidate;
            for (int weight = 2; weight <= 9; weight++) {
                sum += weight * (int) (rest % 10);
                rest /= 10;
            }
            int check = sum % 11;
            if (check <= 9) {
                return String.format("%08d%d", candidate, check);
            }
        }
    }
}
