package nl.wmoscorecards.core.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known of a provider's size in a measurement region: clients in care, and from its reports the
 * staff (FTE) and Wmo turnover, each null when not reported.
 */
public record ProviderSize(String provider, String measurementRegion, int clients, BigDecimal fte, BigDecimal wmoTurnover) {
    static final int LARGE_CLIENTS = 100;
    static final int MEDIUM_CLIENTS = 25;
    static final BigDecimal LARGE_FTE = BigDecimal.valueOf(50);
    static final BigDecimal MEDIUM_FTE = BigDecimal.TEN;
    static final BigDecimal LARGE_TURNOVER = BigDecimal.valueOf(2_500_000);
    static final BigDecimal MEDIUM_TURNOVER = BigDecimal.valueOf(500_000);

    /**
     * The class most of the known indicators point to (the middle one of three; with two, the larger):
     * one large figure alone does not make a provider large.
     */
    public SizeClass sizeClass() {
        List<SizeClass> votes = new ArrayList<>();
        votes.add(clients >= LARGE_CLIENTS ? SizeClass.LARGE : clients >= MEDIUM_CLIENTS ? SizeClass.MEDIUM : SizeClass.SMALL);
        if (fte != null) {
            votes.add(classOf(fte, LARGE_FTE, MEDIUM_FTE));
        }
        if (wmoTurnover != null) {
            votes.add(classOf(wmoTurnover, LARGE_TURNOVER, MEDIUM_TURNOVER));
        }
        votes.sort(null);
        return votes.get((votes.size() - 1) / 2);
    }

    private static SizeClass classOf(BigDecimal value, BigDecimal large, BigDecimal medium) {
        return value.compareTo(large) >= 0 ? SizeClass.LARGE : value.compareTo(medium) >= 0 ? SizeClass.MEDIUM : SizeClass.SMALL;
    }
}
