package nl.wmoscorecards.core.allocation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of message folded into an allocation. The code is how CSV and JSON Lines name them. */
public enum MessageType {
    TOEWIJZING_301("301"),
    START_ZORG_305("305"),
    STOP_ZORG_307("307"),
    EVALUATION("evaluation");

    private final String code;

    MessageType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MessageType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
