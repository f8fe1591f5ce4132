package nl.wmoscorecards.core.allocation;

import java.time.LocalDate;

/** The local team's evaluation of an allocation; cause is null when the result was achieved. */
public record Evaluation(
        MessageStamp stamp,
        AllocationKey key,
        String provider,
        LocalDate date,
        EvaluationResult result,
        NonAchievementCause cause) implements AllocationEvent {

    @Override
    public MessageType type() {
        return MessageType.EVALUATION;
    }
}
