package nl.wmoscorecards.application;

import java.util.Locale;
import java.util.Map;

/**
 * Content type and cache policy per file type. Pages and data change with every run, so browsers and
 * CDNs revalidate them after five minutes; the stylesheet and report templates change only with a
 * release, so they may be cached for a day.
 */
public final class SiteContentTypes {
    public static final String SHORT_CACHE = "public, max-age=300";
    public static final String LONG_CACHE = "public, max-age=86400";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", // the upload page's script; nosniff refuses it as octet-stream
            "json", "application/json; charset=utf-8",
            "csv", "text/csv; charset=utf-8",
            "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "md", "text/markdown; charset=utf-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private SiteContentTypes() {
    }

    public static String contentType(String key) {
        return TYPES.getOrDefault(extension(key), "application/octet-stream");
    }

    public static String cacheControl(String key) {
        String extension = extension(key);
        // Open-data XLSX files change with every run; only the report templates are as fixed as the stylesheet.
        return extension.equals("css") || key.contains("/sjabloon-")
                ? LONG_CACHE : SHORT_CACHE;
    }

    private static String extension(String key) {
        return key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
