package nl.wmoscorecards.core.report;

import java.util.ArrayList;
import java.util.List;

/** Collects problems, listing at most {@link #MAX_LISTED}; the rest are counted in one closing line. */
final class ProblemList {
    static final int MAX_LISTED = 200;
    private final List<ReportProblem> listed = new ArrayList<>();
    private int notListed;

    void add(ReportProblem problem) {
        if (listed.size() < MAX_LISTED) {
            listed.add(problem);
        } else {
            notListed++;
        }
    }

    void add(int row, ReportColumn column, String value, CellRefusal refusal) {
        if (refusal.withholdsValue()) {
            // The value is not repeated anywhere, so the message itself says where to look.
            add(new ReportProblem(row, column.header(), null,
                    "Rij " + row + ", kolom '" + column.header() + "': " + refusal.messageNl(), refusal.messageEn()));
            return;
        }
        add(new ReportProblem(row, column.header(), value, refusal.messageNl(), refusal.messageEn()));
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    List<ReportProblem> toList() {
        List<ReportProblem> all = new ArrayList<>(listed);
        if (notListed > 0) {
            all.add(new ReportProblem(null, null, null,
                    "En nog " + notListed + " fouten die hier niet staan. Herstel eerst de fouten hierboven en"
                            + " upload het bestand opnieuw.",
                    "and " + notListed + " more problems not listed"));
        }
        return all;
    }
}
