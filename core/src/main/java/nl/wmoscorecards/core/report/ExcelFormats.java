package nl.wmoscorecards.core.report;

/** Reads Excel number-format codes: a date is only a number with a date format. */
final class ExcelFormats {
    private ExcelFormats() {
    }

    /** Built-in date formats (14-22, 45-47, and the East Asian 27-36, 50-58), or a custom one with d or y. */
    static boolean isDate(Integer formatId, String format) {
        if (formatId != null && ((formatId >= 14 && formatId <= 22) || (formatId >= 45 && formatId <= 47)
                || (formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58))) {
            return true;
        }
        String code = visibleCode(format);
        return code.indexOf('d') >= 0 || code.indexOf('y') >= 0;
    }

    static boolean isPercentage(String format) {
        return visibleCode(format).indexOf('%') >= 0;
    }

    /** The format code without quoted literals, [colour]/[locale] blocks and escaped characters. */
    private static String visibleCode(String format) {
        if (format == null) {
            return "";
        }
        return format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .replaceAll("\\\\.", "")
                .replaceAll("_.", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
