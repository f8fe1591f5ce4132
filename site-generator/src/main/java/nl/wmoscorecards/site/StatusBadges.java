package nl.wmoscorecards.site;

import java.util.Locale;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.site.view.StatusBadge;

/** The fixed status vocabulary: each band with its Dutch word, icon, text alternative and colour class. */
final class StatusBadges {
    private static final String MEETS_ICON = "✓";
    private static final String FAILS_ICON = "✗";

    private StatusBadges() {
    }

    static StatusBadge of(Band band) {
        String modifier = band.code().replace('_', '-').toLowerCase(Locale.ROOT);
        return band.meetsNorm()
                ? new StatusBadge(band.dutchLabel(), modifier, MEETS_ICON, "voldoet aan de norm")
                : new StatusBadge(band.dutchLabel(), modifier, FAILS_ICON, "voldoet niet aan de norm");
    }
}
