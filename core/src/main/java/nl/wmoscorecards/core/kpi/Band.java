package nl.wmoscorecards.core.kpi;

import java.util.Arrays;

/** The fixed vocabulary of KPI bands; config refers to them by code, the site shows the Dutch label. */
public enum Band {
    NOT_ACHIEVED("not_achieved", "niet behaald", false),
    ACHIEVED("achieved", "behaald", true),
    INSUFFICIENT("insufficient", "onvoldoende", false),
    SUFFICIENT("sufficient", "voldoende", true),
    GOOD("good", "goed", true);

    private final String code;
    private final String dutchLabel;
    private final boolean meetsNorm;

    Band(String code, String dutchLabel, boolean meetsNorm) {
        this.code = code;
        this.dutchLabel = dutchLabel;
        this.meetsNorm = meetsNorm;
    }

    public String code() {
        return code;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    /** False for the bands that set the escalation ladder in motion. */
    public boolean meetsNorm() {
        return meetsNorm;
    }

    public static Band fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown band '" + code + "'"));
    }
}
