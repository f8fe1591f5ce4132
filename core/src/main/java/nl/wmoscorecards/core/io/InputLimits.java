package nl.wmoscorecards.core.io;

import java.util.function.Function;

/**
 * How much one input may unpack to or hold, which bounds the memory and time an ingest can be made to
 * spend: inflated bytes per archive entry and per archive (counted while inflating, also for bytes no
 * reader asks for), bytes per XML message, and bytes per XML attribute value or text node.
 *
 * <p>Each can be set by a system property or an environment variable (property first), in bytes:
 * {@code scorecards.limits.entryBytes} / {@code SCORECARDS_LIMIT_ENTRY_BYTES}, {@code archiveBytes} /
 * {@code ARCHIVE_BYTES}, {@code xmlMessageBytes} / {@code XML_MESSAGE_BYTES}, {@code xmlNodeBytes} /
 * {@code XML_NODE_BYTES}.
 */
public record InputLimits(long entryBytes, long archiveBytes, long xmlMessageBytes, long xmlNodeBytes) {
    /** An iWmo message is a few kilobytes; its free-text fields a few hundred characters. */
    public static final InputLimits DEFAULTS = new InputLimits(256L * 1024 * 1024, 1024L * 1024 * 1024,
            4L * 1024 * 1024, 64L * 1024);

    public InputLimits {
        if (entryBytes <= 0 || archiveBytes <= 0 || xmlMessageBytes <= 0 || xmlNodeBytes <= 0) {
            throw new IllegalArgumentException("input limits must be positive");
        }
    }

    public static InputLimits fromEnvironment() {
        return from(name -> {
            String property = System.getProperty("scorecards.limits." + name);
            return property != null ? property : System.getenv("SCORECARDS_LIMIT_" + snake(name));
        });
    }

    static InputLimits from(Function<String, String> settings) {
        return new InputLimits(
                read(settings, "entryBytes", DEFAULTS.entryBytes),
                read(settings, "archiveBytes", DEFAULTS.archiveBytes),
                read(settings, "xmlMessageBytes", DEFAULTS.xmlMessageBytes),
                read(settings, "xmlNodeBytes", DEFAULTS.xmlNodeBytes));
    }

    private static long read(Function<String, String> settings, String name, long fallback) {
        String value = settings.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("input limit " + name + " is not a number of bytes: " + value, e);
        }
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** "256 MiB", "64 KiB", "1000 bytes": for messages. */
    public static String readable(long bytes) {
        if (bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + " GiB";
        }
        if (bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
