package nl.wmoscorecards.core.upload;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The object key the server chooses for an upload: {@code incoming/{agb}/{reportType}/{period}/{uploadId}{ext}}. */
public record ObjectKey(String provider, String reportType, String period, String uploadId, String extension) {
    private static final Pattern KEY = Pattern.compile(
            "incoming/(\\d{8})/([a-z0-9-]{1,40})/(\\d{4})/([0-9a-f-]{36})(\\.[a-z]{3,4})");

    public static Optional<ObjectKey> parse(String key) {
        Matcher m = KEY.matcher(key);
        return m.matches()
                ? Optional.of(new ObjectKey(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "incoming/" + provider + "/" + reportType + "/" + period + "/" + uploadId + extension;
    }
}
