package nl.wmoscorecards.core.allocation;

import java.util.Optional;
import nl.wmoscorecards.core.code.Coded;

/** Why a result was not achieved, as the local team records it (codes: client, provider, local_team). */
public enum NonAchievementCause implements Coded {
    CLIENT, PROVIDER, LOCAL_TEAM;

    public static Optional<NonAchievementCause> fromCode(String code) {
        return Coded.byCode(NonAchievementCause.class, code);
    }
}
