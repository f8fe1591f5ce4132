package nl.wmoscorecards.core.report;

import java.util.List;

/** What a report file held: its rows, and the problems that refuse it. Any problem refuses the whole upload. */
public record ParsedReport(List<ReportRow> rows, List<ReportProblem> problems) {
    public ParsedReport {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
