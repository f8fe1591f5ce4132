package nl.wmoscorecards.core.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A KPI run: every KPI result of year Y as measured on asOf (the yearly assessment computes and stores it). */
public record KpiRun(int year, LocalDate asOf, Instant computedAt, List<KpiResult> results) {
    public KpiRun {
        results = List.copyOf(results);
    }

}
