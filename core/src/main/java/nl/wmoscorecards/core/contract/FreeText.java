package nl.wmoscorecards.core.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmoscorecards.core.privacy.Bsn;

/**
 * What contract managers type into contract-management records is stored as typed, so a BSN typed into a
 * note would reach storage: any nine-digit number that passes the elfproef is refused, masked in the message.
 */
final class FreeText {
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    private FreeText() {
    }

    /** @return the text as given; throws when it holds what looks like a BSN */
    static String withoutBsn(String field, String text) {
        if (text == null) {
            return null;
        }
        Matcher digits = NINE_DIGITS.matcher(text);
        while (digits.find()) {
            if (Bsn.isValid(digits.group())) {
                throw new IllegalArgumentException(field + " holds what looks like a BSN (" + Bsn.mask(digits.group())
                        + "); contract-management records hold no client data, leave it out");
            }
        }
        return text;
    }
}
