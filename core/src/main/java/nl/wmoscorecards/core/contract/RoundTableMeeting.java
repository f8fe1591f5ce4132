package nl.wmoscorecards.core.contract;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A round table (overlegtafel) that was held: who was invited and who attended. An invited provider that did
 * not attend missed it; {@code excused} are those among them that gave a reason beforehand (the seed treats
 * missing "zonder opgaaf van redenen" apart).
 *
 * @param topic      the product, products or theme (seed 001: "product en/of meerdere producten en/of thema")
 * @param recordedBy who recorded the attendance
 */
public record RoundTableMeeting(String id, String contractingRegion, LocalDate date, String topic, Set<String> invited,
                                Set<String> attended, Set<String> excused, String recordedBy) {

    public RoundTableMeeting {
        invited = Set.copyOf(new TreeSet<>(invited));
        attended = Set.copyOf(attended);
        excused = excused == null ? Set.of() : Set.copyOf(excused);
        if (id == null || id.isBlank() || contractingRegion == null || date == null) {
            throw new IllegalArgumentException("a round table needs an id, a contracting region and a date");
        }
        if (invited.isEmpty()) {
            throw new IllegalArgumentException("round table " + id + " invited nobody");
        }
        for (String provider : attended) {
            if (!invited.contains(provider)) {
                throw new IllegalArgumentException("provider " + provider + " attended round table " + id
                        + " but is not among the invited; add it with --invited");
            }
        }
        for (String provider : excused) {
            if (!invited.contains(provider) || attended.contains(provider)) {
                throw new IllegalArgumentException("provider " + provider + " is excused from round table " + id
                        + " but was not invited or did attend");
            }
        }
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("name who recorded the attendance of round table " + id);
        }
        topic = FreeText.withoutBsn("the topic", topic);
        recordedBy = FreeText.withoutBsn("who recorded it", recordedBy);
    }

    public static String idOf(String contractingRegion, LocalDate date, String topic) {
        String slug = topic == null ? "" : topic.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return contractingRegion + "-" + date + (slug.isEmpty() ? "" : "-" + slug);
    }

    public boolean missed(String provider) {
        return invited.contains(provider) && !attended.contains(provider);
    }

    public boolean missedWithoutReason(String provider) {
        return missed(provider) && !excused.contains(provider);
    }
}
