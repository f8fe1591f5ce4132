package nl.wmoscorecards.core.kpi;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** The fixed vocabulary of KPI bands; config refers to them by code, the site shows the Dutch label. */
public enum Band {
    NOT_ACHIEVED("not_achieved", "niet behaald", false),
    ACHIEVED("achieved", "behaald", true),
    INSUFFICIENT("insufficient", "onvoldoende", false),
    SUFFICIENT("sufficient", "voldoende", true),
    GOOD("good", "goed", true);

    /** Looked up for every cell of every page, so a map rather than a scan of values(). */
    private static final Map<String, Band> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Band::code, band -> band));

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
        Band band = code == null ? null : BY_CODE.get(code);
        if (band == null) {
            throw new IllegalArgumentException("unknown band '" + code + "'");
        }
        return band;
    }
}
