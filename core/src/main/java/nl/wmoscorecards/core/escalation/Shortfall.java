package nl.wmoscorecards.core.escalation;

/**
 * One reason an escalation exists: a KPI with a norm scored below it, a mandatory report late or missing,
 * or a dossier audit with more than 10% failing dossiers.
 *
 * @param kind    {@code kpi}, {@code report} or {@code dossier}
 * @param subject the KPI id or report type
 * @param region  the measurement region of a KPI shortfall; null otherwise
 * @param detail  what was found, e.g. "62.5% (insufficient)"
 */
public record Shortfall(String kind, String subject, String region, String detail) {
    public static final String KPI = "kpi";
    public static final String REPORT = "report";
    public static final String DOSSIER = "dossier";

    /** The same shortfall found again in a rerun is the same shortfall, whatever its detail now says. */
    public String identity() {
        return kind + "/" + subject + "/" + (region == null ? "" : region);
    }
}
