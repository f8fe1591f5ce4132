package nl.wmoscorecards.core.report;

import java.text.Normalizer;
import java.util.Locale;

/** Text clean-up shared by headers and cells: what a provider cannot see must not make a difference. */
final class Cells {
    private Cells() {
    }

    /** Trims spaces, including the non-breaking spaces Excel and web pages produce, and composes accents. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int start = 0;
        int end = composed.length();
        while (start < end && isSpace(composed.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(composed.charAt(end - 1))) {
            end--;
        }
        return composed.substring(start, end);
    }

    /** For matching headers and choices: cleaned, lower case, inner runs of spaces as one. */
    static String comparable(String text) {
        return clean(text).replaceAll("[\\s\\u00A0\\u202F]+", " ").toLowerCase(Locale.ROOT);
    }

    /** Column letter as Excel shows it: 0 is A, 26 is AA. */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\uFEFF';
    }
}
