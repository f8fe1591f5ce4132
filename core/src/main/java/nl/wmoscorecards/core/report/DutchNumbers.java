package nl.wmoscorecards.core.report;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers as Dutch providers type them: decimal comma or point, thousands dots (1.234.567,89), an
 * optional euro sign or percent sign. One separator alone is the decimal separator, so "1,5" and "1.5" are
 * both one and a half; thousands separators only count in groups of three beside the other separator or
 * when repeated (1.234.567), which keeps "1.234" from silently meaning 1234.
 */
final class DutchNumbers {
    private static final Pattern SHAPE = Pattern.compile("[+-]?[0-9.,]*[0-9][0-9.,]*");

    private DutchNumbers() {
    }

    /** The number, or null when the text is not one. */
    static BigDecimal parse(String raw) {
        String text = Cells.clean(raw).replaceAll("[\\s\\u00A0\\u202F]", "");
        if (text.startsWith("€")) {
            text = text.substring(1);
        } else if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!SHAPE.matcher(text).matches()) {
            return null;
        }
        int commas = count(text, ',');
        int dots = count(text, '.');
        String plain;
        if (commas > 0 && dots > 0) {
            char decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            if (count(text, decimal) > 1) {
                return null;
            }
            int decimalAt = text.indexOf(decimal);
            String whole = text.substring(0, decimalAt);
            if (!grouped(whole, grouping)) {
                return null;
            }
            plain = whole.replace(String.valueOf(grouping), "") + "." + text.substring(decimalAt + 1);
        } else if (commas > 1 || dots > 1) {
            char grouping = commas > 1 ? ',' : '.';
            if (!grouped(text, grouping)) {
                return null;
            }
            plain = text.replace(String.valueOf(grouping), "");
        } else {
            plain = text.replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Dutch notation for messages: 1234.5 as "1234,5". */
    static String format(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static boolean grouped(String whole, char grouping) {
        String sign = "[+-]?";
        String g = Pattern.quote(String.valueOf(grouping));
        return whole.matches(sign + "[0-9]{1,3}(" + g + "[0-9]{3})*") || whole.matches(sign + "[0-9]*");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
