package nl.wmoscorecards.core.allocation;

import java.util.Optional;
import nl.wmoscorecards.core.code.Coded;

/** Outcome of the local team's evaluation conversation at the end of an allocation (codes: achieved, ...). */
public enum EvaluationResult implements Coded {
    ACHIEVED, PARTLY, NOT_ACHIEVED;

    public static Optional<EvaluationResult> fromCode(String code) {
        return Coded.byCode(EvaluationResult.class, code);
    }
}
