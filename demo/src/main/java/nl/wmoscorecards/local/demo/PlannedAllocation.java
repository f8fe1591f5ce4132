package nl.wmoscorecards.local.demo;

import java.time.LocalDate;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.NonAchievementCause;

/**
 * What really happened to one allocation in the demo world; the messages about it are derived from this.
 *
 * @param actualStart    null when care never started (or had not started by the extraction date)
 * @param actualEnd      null while care goes on
 * @param evaluationDate null when the local team did not (yet) evaluate
 * @param deleted        the municipality deletes the allocation with a second 301 (RedenWijziging 13)
 */
record PlannedAllocation(
        AllocationKey key,
        String provider,
        String bsn,
        String productCategory,
        String productCode,
        LocalDate assignedStart,
        LocalDate assignedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        String endReason,
        LocalDate evaluationDate,
        EvaluationResult result,
        NonAchievementCause cause,
        boolean deleted) {
}
