package nl.wmoscorecards.core.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what a value may look like when it leaves the system: in an error, a log
 * line, a report, a page or a file name shown back. Anything that looks like a BSN (nine digits passing
 * the elfproef, also inside longer text and also typed with dots or spaces, such as "1234.56.782") and a
 * Dutch postcode with a house number are masked; long text is cut to a readable length.
 *
 * <p>Use {@link #value} for a value quoted in a problem, {@link #fileName} for a provider's file name,
 * {@link #text} for a whole message or log argument, and {@link #masked} when only masking is wanted.
 * Every method is idempotent and keeps null as null.
 */
public final class OutboundValues {
    /** A value quoted in a problem: enough to find the cell, not enough to flood a report. */
    public static final int MAX_VALUE_CHARS = 80;
    /** A whole message: a rule and what to do, never a document. */
    public static final int MAX_TEXT_CHARS = 1_000;
    /** A file name as a label: what a file system allows. */
    public static final int MAX_FILE_NAME_CHARS = 255;
    static final String CUT = "…";

    private OutboundValues() {
    }

    /** A value as a problem, a page or a console line may quote it: masked, on one line, cut. */
    public static String value(String text) {
        return text == null ? null : cut(oneLine(masked(text)), MAX_VALUE_CHARS);
    }

    /** A message or log argument: masked and cut. */
    public static String text(String text) {
        return text == null ? null : cut(masked(text), MAX_TEXT_CHARS);
    }

    /** A provider's file name, as the system keeps and shows it: masked, control characters removed, cut. */
    public static String fileName(String name) {
        return name == null ? null : cut(oneLine(masked(name)), MAX_FILE_NAME_CHARS);
    }

    /** The text with every BSN-like number and every postcode with house number masked; nothing cut. */
    public static String masked(String text) {
        if (text == null || !hasDigitRun(text)) {
            return text;
        }
        return PostcodeWithHouseNumber.mask(maskBsns(text));
    }

    /** Whether the text holds a nine-digit number passing the elfproef, plain or typed with dots or spaces. */
    public static boolean containsBsn(String text) {
        if (text == null || !hasDigitRun(text)) {
            return false;
        }
        Matcher m = BsnCandidates.PATTERN.matcher(text);
        while (m.find()) {
            if (BsnCandidates.isBsn(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a Dutch postcode next to a house number ("1234 AB 5", "Dorpsstraat 1, 1234 AB"). */
    public static boolean containsPostcodeWithHouseNumber(String text) {
        return text != null && hasDigitRun(text) && PostcodeWithHouseNumber.find(text);
    }

    private static String maskBsns(String text) {
        Matcher m = BsnCandidates.PATTERN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (!BsnCandidates.isBsn(m.group())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(Bsn.mask(BsnCandidates.digits(m.group())));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean hasDigitRun(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Control characters (a newline splits a heading or a console line) become spaces. */
    private static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - CUT.length())) + CUT;
    }

    /**
     * Nine digits, single dots or spaces allowed between them (as people type a BSN), not part of a longer
     * number. Hyphens are not separators: ids such as UUIDs and dates use them.
     */
    static final class BsnCandidates {
        static final Pattern PATTERN = Pattern.compile("(?<![0-9])[0-9](?:[ .\\u00A0]?[0-9]){8}(?![0-9])");

        private BsnCandidates() {
        }

        /** Passes the elfproef, and typed with one kind of separator at most (1234.56.782, not 12.03.2025 1). */
        static boolean isBsn(String candidate) {
            char separator = 0;
            for (int i = 0; i < candidate.length(); i++) {
                char c = candidate.charAt(i);
                if (c < '0' || c > '9') {
                    if (separator != 0 && separator != c) {
                        return false;
                    }
                    separator = c;
                }
            }
            return Bsn.isValid(digits(candidate));
        }

        static String digits(String candidate) {
            return candidate.replaceAll("[^0-9]", "");
        }
    }

    /**
     * A Dutch postcode (four digits, the first not 0, and two capitals) with a house number after it or
     * right before it: together they name one address. A postcode alone names a street, and is left.
     */
    static final class PostcodeWithHouseNumber {
        private static final String POSTCODE = "[1-9][0-9]{3}(?: ?[A-Z]{2}|[a-z]{2})(?![A-Za-z])";
        private static final String HOUSE_NUMBER = "[0-9]{1,5}(?![0-9])";
        static final Pattern AFTER = Pattern.compile("(?<![0-9])" + POSTCODE + "[ ,]{0,3}" + HOUSE_NUMBER);
        static final Pattern BEFORE = Pattern.compile("(?<![0-9])[0-9]{1,5}[A-Za-z]?,? {1,3}" + POSTCODE);
        private static final String MASK = "[adres]";

        private PostcodeWithHouseNumber() {
        }

        static boolean find(String text) {
            return AFTER.matcher(text).find() || BEFORE.matcher(text).find();
        }

        static String mask(String text) {
            String masked = AFTER.matcher(text).replaceAll(MASK);
            return BEFORE.matcher(masked).replaceAll(MASK);
        }
    }
}
