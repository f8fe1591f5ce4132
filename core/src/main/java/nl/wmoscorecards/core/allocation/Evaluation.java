package nl.wmoscorecards.core.allocation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The local team's evaluation of an allocation; cause is null when the result was achieved.
 *
 * @param subResults for regions that evaluate per sub-result (Midden-Limburg's five deelresultaten): the
 *                   outcome per sub-result, keyed "1".."5" or "1.3" (deelresultaat.subresultaat); empty otherwise
 */
public record Evaluation(
        MessageStamp stamp,
        AllocationKey key,
        String provider,
        LocalDate date,
        EvaluationResult result,
        NonAchievementCause cause,
        Map<String, EvaluationResult> subResults) implements AllocationEvent {

    public Evaluation {
        subResults = subResults == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(subResults));
    }

    public Evaluation(MessageStamp stamp, AllocationKey key, String provider, LocalDate date, EvaluationResult result,
                      NonAchievementCause cause) {
        this(stamp, key, provider, date, result, cause, Map.of());
    }

    @Override
    public MessageType type() {
        return MessageType.EVALUATION;
    }

    /** Reads {@link #subResultsText()} back (stored text, already validated at ingest). */
    public static Map<String, EvaluationResult> parseSubResults(String text) {
        Map<String, EvaluationResult> parsed = new TreeMap<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(";")) {
                String[] pair = part.split("=", 2);
                parsed.put(pair[0], EvaluationResult.fromCode(pair[1]).orElseThrow());
            }
        }
        return parsed;
    }

    /** The text form used in CSV, JSON Lines and storage: {@code 1.3=achieved;2=partly}. */
    public String subResultsText() {
        StringBuilder text = new StringBuilder();
        subResults.forEach((k, v) -> text.append(text.length() == 0 ? "" : ";").append(k).append('=').append(v.code()));
        return text.toString();
    }
}
