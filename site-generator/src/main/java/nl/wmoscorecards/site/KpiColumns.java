package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.kpi.BandThreshold;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.Norm;
import nl.wmoscorecards.site.view.KpiColumn;

/** Turns a KPI definition into its column: the norm is read from the configured bands, never from code. */
final class KpiColumns {
    static final String MONITORED_ONLY = "gemonitord, geen norm";

    private KpiColumns() {
    }

    static KpiColumn of(KpiDefinition kpi) {
        return new KpiColumn(kpi.id(), kpi.name(), normText(kpi), kpi.description(), bandRanges(kpi), null);
    }

    static String normText(KpiDefinition kpi) {
        Norm norm = kpi.norm();
        if (norm == null || norm.target() == null) {
            return MONITORED_ONLY;
        }
        return "norm: ≥ " + DutchFormat.threshold(norm.target(), kpi.unit());
    }

    /** Each band with its range, lowest first: "onvoldoende: lager dan 65%", "voldoende: 65% tot 80%". */
    static List<String> bandRanges(KpiDefinition kpi) {
        if (kpi.norm() == null) {
            return List.of();
        }
        List<BandThreshold> bands = kpi.norm().bands();
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal from = bands.get(i).from();
            BigDecimal upTo = i + 1 < bands.size() ? bands.get(i + 1).from() : null;
            String label = bands.get(i).toBand().dutchLabel();
            ranges.add(label + ": " + range(from, upTo, kpi.unit()));
        }
        return ranges;
    }

    private static String range(BigDecimal from, BigDecimal upTo, String unit) {
        if (from == null && upTo == null) {
            return "elke waarde";
        }
        if (from == null) {
            return "lager dan " + DutchFormat.threshold(upTo, unit);
        }
        if (upTo == null) {
            return DutchFormat.threshold(from, unit) + " of hoger";
        }
        return DutchFormat.threshold(from, unit) + " tot " + DutchFormat.threshold(upTo, unit);
    }
}
