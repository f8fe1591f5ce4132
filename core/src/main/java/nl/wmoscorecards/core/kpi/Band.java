package nl.wmoscorecards.core.kpi;

import nl.wmoscorecards.core.code.Coded;

/**
 * The fixed vocabulary of KPI bands; config and stores refer to them by code (not_achieved, achieved,
 * insufficient, sufficient, good), the site shows the Dutch label.
 */
public enum Band implements Coded {
    NOT_ACHIEVED("niet behaald", false),
    ACHIEVED("behaald", true),
    INSUFFICIENT("onvoldoende", false),
    SUFFICIENT("voldoende", true),
    GOOD("goed", true);

    private final String dutchLabel;
    private final boolean meetsNorm;

    Band(String dutchLabel, boolean meetsNorm) {
        this.dutchLabel = dutchLabel;
        this.meetsNorm = meetsNorm;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    /** False for the bands that set the escalation ladder in motion. */
    public boolean meetsNorm() {
        return meetsNorm;
    }

    public static Band fromCode(String code) {
        return Coded.byCode(Band.class, code)
                .orElseThrow(() -> new IllegalArgumentException("unknown band '" + code + "'"));
    }
}
