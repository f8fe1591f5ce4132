package nl.wmoscorecards.core.privacy;

/** The citizen service number: checked with the elfproef, and never shown except masked. */
public final class Bsn {
    private Bsn() {
    }

    /** Nine digits whose weighted sum (9..2, and -1 for the last) is divisible by 11, and not all zeros. */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum % 11 == 0 && sum != 0;
    }

    /** What an error message may show of a BSN (or of anything given where a BSN belonged). */
    public static String mask(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return "";
        }
        int keep = candidate.length() >= 9 ? 2 : 0;
        return "*".repeat(Math.min(candidate.length(), 16) - keep)
                + candidate.substring(candidate.length() - keep);
    }
}
