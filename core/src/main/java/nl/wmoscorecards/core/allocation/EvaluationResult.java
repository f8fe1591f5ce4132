package nl.wmoscorecards.core.allocation;

import java.util.Arrays;
import java.util.Optional;

/** Outcome of the local team's evaluation conversation at the end of an allocation. */
public enum EvaluationResult {
    ACHIEVED("achieved"),
    PARTLY("partly"),
    NOT_ACHIEVED("not_achieved");

    private final String code;

    EvaluationResult(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EvaluationResult> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
