package nl.wmoscorecards.site;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Where each generated file lives, relative to the site root. Links are always relative, so the site
 * works from a file folder and from any base URL.
 */
final class SitePaths {
    static final String INDEX = "index.html";
    static final String STYLESHEET = "assets/site.css";
    static final String FAVICON = "assets/favicon.svg";
    /** Internal edition only: keeps every crawler out when the edition is served from a host's root. */
    static final String ROBOTS = "robots.txt";
    static final String PROVIDERS = "aanbieders/index.html";
    static final String KPIS = "kpi/index.html";
    static final String REPORT_TYPES = "rapportages/index.html";
    static final String OPEN_DATA = "open-data.html";
    static final String ACCESSIBILITY = "toegankelijkheid.html";
    static final String SITEMAP = "sitemap.html";
    /** Internal edition only: the internal index and the escalations overview. */
    static final String INTERNAL = "intern/index.html";
    static final String ESCALATIONS = "intern/escalaties.html";

    private SitePaths() {
    }

    static String scorecardPage(String measurementRegionId, int year) {
        return "regio/" + configuredSegment(measurementRegionId, "measurement region id") + "/" + year + ".html";
    }

    static String dataFile(int year) {
        return "data/kpi-results-" + year + ".json";
    }

    /** The open-data table of one scorecard, as "csv" or "json". */
    static String scorecardData(String measurementRegionId, int year, String format) {
        return "data/" + configuredSegment(measurementRegionId, "measurement region id") + "-" + year + "." + format;
    }

    static String providerPage(String agbCode) {
        return "aanbieders/" + dataSegment(agbCode) + ".html";
    }

    /** The providers of one measurement region: the provider index's filter without JavaScript. */
    static String providersOfRegion(String measurementRegionId) {
        return "aanbieders/regio/" + configuredSegment(measurementRegionId, "measurement region id") + ".html";
    }

    static String kpiPage(String contractingRegionId, String kpiId) {
        return "kpi/" + configuredSegment(contractingRegionId, "contracting region id") + "/"
                + configuredSegment(kpiId, "KPI id") + ".html";
    }

    static String reportTypePage(String reportTypeId) {
        return "rapportages/" + configuredSegment(reportTypeId, "report type id") + ".html";
    }

    static String reportTemplate(String reportTypeId, String format) {
        return "rapportages/sjabloon-" + configuredSegment(reportTypeId, "report type id") + "." + format;
    }

    /** Internal edition only: the round table of a contracting region for a year. */
    static String roundTablePage(String contractingRegionId, int year) {
        return "intern/overlegtafels/" + configuredSegment(contractingRegionId, "contracting region id") + "/" + year + ".html";
    }

    /** Internal edition only: the contract-management conversations of a contracting region in a year. */
    static String conversationsPage(String contractingRegionId, int year) {
        return "intern/contractmanagementgesprekken/" + configuredSegment(contractingRegionId, "contracting region id")
                + "/" + year + ".html";
    }

    /** Internal edition only: the contract-management dossier of a provider for a year, as Markdown. */
    static String dossier(String agbCode, int year) {
        return "intern/dossiers/" + dataSegment(agbCode) + "-" + year + ".md";
    }

    /** An element id for an escalation, safe in a URL fragment whatever its stored id holds. */
    static String escalationAnchor(String escalationId) {
        return "escalatie-" + dataSegment(escalationId.toLowerCase(java.util.Locale.ROOT));
    }

    /** The way back from a file to the site root: "" for index.html, "../../" for regio/x/2025.html. */
    static String rootFrom(String sitePath) {
        int depth = 0;
        for (int i = 0; i < sitePath.length(); i++) {
            if (sitePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** [a-z0-9][a-z0-9-]*, checked without a regex: every link to a KPI, scorecard or provider page asks. */
    private static boolean isSafeSegment(String id) {
        if (id.isEmpty() || id.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Ids from config must be folder-safe: a wrong one is a configuration error to fix, not to hide. */
    private static String configuredSegment(String id, String what) {
        if (!isSafeSegment(id)) {
            throw new IllegalArgumentException(what + " '" + id
                    + "' cannot be a folder name; use lower-case letters, digits and hyphens in config/");
        }
        return id;
    }

    /** Ids from data (AGB codes are 8 digits) that are not folder-safe get a hex name instead of failing. */
    private static String dataSegment(String id) {
        return isSafeSegment(id) ? id
                : "x-" + HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8));
    }
}
