package nl.wmoscorecards.site;

import java.util.regex.Pattern;

/**
 * Where each generated file lives, relative to the site root. Links are always relative, so the site
 * works from a file folder and from any base URL.
 */
final class SitePaths {
    static final String INDEX = "index.html";
    static final String STYLESHEET = "assets/site.css";
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private SitePaths() {
    }

    static String scorecardPage(String measurementRegionId, int year) {
        if (!SAFE_SEGMENT.matcher(measurementRegionId).matches()) {
            throw new IllegalArgumentException("measurement region id '" + measurementRegionId
                    + "' cannot be a folder name; use lower-case letters, digits and hyphens in config/regions.yaml");
        }
        return "regio/" + measurementRegionId + "/" + year + ".html";
    }

    static String dataFile(int year) {
        return "data/kpi-results-" + year + ".json";
    }

    /** The way back from a file to the site root: "" for index.html, "../../" for regio/x/2025.html. */
    static String rootFrom(String sitePath) {
        long depth = sitePath.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
