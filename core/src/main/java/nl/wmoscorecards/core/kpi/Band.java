package nl.wmoscorecards.core.kpi;

import java.util.Map;
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

    /** Looked up for every cell of every page, so a map rather than a scan of values(). */
    private static final Map<String, Band> BY_CODE = Coded.index(Band.class);

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
        Band band = code == null ? null : BY_CODE.get(code);
        if (band == null) {
            throw new IllegalArgumentException("unknown band '" + code + "'");
        }
        return band;
    }
}
