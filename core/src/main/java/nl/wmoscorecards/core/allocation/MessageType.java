package nl.wmoscorecards.core.allocation;

import java.util.Optional;
import nl.wmoscorecards.core.code.Coded;

/** The kinds of message folded into an allocation. The code is how CSV and JSON Lines name them. */
public enum MessageType implements Coded {
    TOEWIJZING_301("301"),
    START_ZORG_305("305"),
    STOP_ZORG_307("307"),
    EVALUATION("evaluation");

    private final String code;

    MessageType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The 305 and 307 come from the provider; the 301 from the municipality, the evaluation from the local team. */
    public boolean sentByProvider() {
        return this == START_ZORG_305 || this == STOP_ZORG_307;
    }

    public static Optional<MessageType> fromCode(String code) {
        return Coded.byCode(MessageType.class, code);
    }
}
