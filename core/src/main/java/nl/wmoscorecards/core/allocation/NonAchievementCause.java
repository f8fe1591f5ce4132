package nl.wmoscorecards.core.allocation;

import java.util.Arrays;
import java.util.Optional;

/** Why a result was not achieved, as the local team records it. */
public enum NonAchievementCause {
    CLIENT("client"),
    PROVIDER("provider"),
    LOCAL_TEAM("local_team");

    private final String code;

    NonAchievementCause(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<NonAchievementCause> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
