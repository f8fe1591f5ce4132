package nl.wmoscorecards.core.privacy;

import java.util.ArrayList;
import java.util.List;

/** Elfproef-valid numbers from the range reserved for tests (999900006-999999990): never a real person's. */
public final class TestBsns {
    private TestBsns() {
    }

    /** The first {@code count} valid numbers of the test range, from {@code skip} on. */
    public static List<String> first(int count, int skip) {
        List<String> found = new ArrayList<>();
        int seen = 0;
        for (long n = 999_900_006L; n <= 999_999_990L && found.size() < count; n++) {
            String candidate = Long.toString(n);
            if (Bsn.isValid(candidate) && seen++ >= skip) {
                found.add(candidate);
            }
        }
        return found;
    }

    public static String one(int index) {
        return first(1, index).get(0);
    }

    /** As people type it: 1234.56.782. */
    public static String dotted(String bsn) {
        return bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
    }

    /** As people type it: 123 456 782. */
    public static String spaced(String bsn) {
        return bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6);
    }
}
