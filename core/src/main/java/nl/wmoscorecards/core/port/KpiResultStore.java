package nl.wmoscorecards.core.port;

import java.util.List;
import java.util.Optional;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.KpiResult;

/** KPI results per year and measurement region, so that a scorecard is one query. */
public interface KpiResultStore {

    /** Stores a run; it replaces every earlier result of the same year (rows that no longer apply go). */
    void save(KpiRun run);

    List<KpiResult> results(int year, String measurementRegion);

    /** The runs stored, newest year first, without their results. */
    List<KpiRun> runs();

    Optional<KpiRun> run(int year);
}
