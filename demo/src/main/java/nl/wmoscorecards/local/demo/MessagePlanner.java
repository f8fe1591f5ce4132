package nl.wmoscorecards.local.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageType;
import nl.wmoscorecards.core.allocation.Toewijzing;
import nl.wmoscorecards.core.calendar.DutchTime;

/**
 * Turns what happened to an allocation into the messages sent about it, at realistic times, with the
 * mess real traffic has: late corrections of a 305, retracted 305s and 307s (mostly followed by a
 * corrected one) and 301 deletions. Nothing sent after the extraction date is included.
 */
final class MessagePlanner {
    private static final double LATE_START_CORRECTION = 0.02;
    private static final double START_RETRACTION = 0.015;
    private static final double STOP_RETRACTION = 0.015;

    private final DemoCalendar calendar;
    private final DemoRandom random;
    private final MessageIds ids;
    private final boolean evaluatesSubResults;

    /** @param evaluatesSubResults the region evaluates per deelresultaat (Midden-Limburg) */
    MessagePlanner(DemoCalendar calendar, DemoRandom random, MessageIds ids, boolean evaluatesSubResults) {
        this.calendar = calendar;
        this.random = random;
        this.ids = ids;
        this.evaluatesSubResults = evaluatesSubResults;
    }

    /** The messages about one allocation; {@code clean} leaves out corrections and retractions. */
    List<EventLine> messagesFor(PlannedAllocation allocation, boolean clean) {
        List<EventLine> lines = new ArrayList<>();
        Instant assignedAt = assignment(allocation, lines);
        if (allocation.deleted()) {
            Instant deletedAt = calendar.officeTime(day(assignedAt).plusDays(random.between(2, 10)), random);
            add(lines, toewijzing(allocation, deletedAt)
                    .set(EventField.END_DATE, allocation.assignedStart())
                    .set(EventField.CHANGE_REASON, Toewijzing.REASON_DELETED));
            return lines;
        }
        if (allocation.actualStart() != null) {
            start(allocation, clean, lines);
        }
        if (allocation.actualEnd() != null) {
            stop(allocation, clean, lines);
        }
        if (allocation.evaluationDate() != null) {
            Instant sentAt = calendar.officeTime(allocation.evaluationDate().plusDays(random.between(0, 3)), random);
            EventLine evaluation = new EventLine(MessageType.EVALUATION, ids.next(), sentAt, allocation)
                    .set(EventField.DATE, allocation.evaluationDate())
                    .set(EventField.RESULT, allocation.result().code());
            if (allocation.cause() != null) {
                evaluation.set(EventField.CAUSE, allocation.cause().code());
            }
            if (evaluatesSubResults) {
                evaluation.set(EventField.SUB_RESULTS, subResults(allocation.result()));
            }
            add(lines, evaluation);
        }
        return lines;
    }

    /** One to three of the five deelresultaten, whose outcomes lean towards the overall result. */
    private String subResults(EvaluationResult overall) {
        StringBuilder text = new StringBuilder();
        int first = random.between(1, 5);
        int count = random.between(1, 3);
        for (int i = 0; i < count; i++) {
            int deelresultaat = (first + i - 1) % 5 + 1;
            String outcome = random.chance(0.7) ? overall.code()
                    : random.chance(0.5) ? "partly" : overall.code().equals("achieved") ? "not_achieved" : "achieved";
            text.append(text.length() == 0 ? "" : ";").append(deelresultaat).append('=').append(outcome);
        }
        return text.toString();
    }

    /** A 301 goes out up to three weeks before the start, sometimes a few days after it. */
    private Instant assignment(PlannedAllocation allocation, List<EventLine> lines) {
        LocalDate sentDay = random.chance(0.1)
                ? allocation.assignedStart().plusDays(random.between(1, 5))
                : allocation.assignedStart().minusDays(random.between(0, 21));
        Instant sentAt = calendar.officeTime(sentDay, random);
        add(lines, toewijzing(allocation, sentAt).set(EventField.END_DATE, allocation.assignedEnd()));
        return sentAt;
    }

    private EventLine toewijzing(PlannedAllocation allocation, Instant sentAt) {
        return new EventLine(MessageType.TOEWIJZING_301, ids.next(), sentAt, allocation)
                .set(EventField.BSN, allocation.bsn())
                .set(EventField.PRODUCT_CATEGORY, allocation.productCategory())
                .set(EventField.PRODUCT_CODE, allocation.productCode())
                .set(EventField.START_DATE, allocation.assignedStart());
    }

    /** A 305 a few working days after the real start; now and then much later than the 5 allowed. */
    private void start(PlannedAllocation allocation, boolean clean, List<EventLine> lines) {
        LocalDate actual = allocation.actualStart();
        Instant sentAt = calendar.officeTime(actual.plusDays(random.chance(0.12) ? random.between(6, 25) : random.between(1, 4)), random);
        if (clean || !random.chance(LATE_START_CORRECTION + START_RETRACTION)) {
            add(lines, startZorg(allocation, sentAt, actual));
        } else if (random.chance(LATE_START_CORRECTION / (LATE_START_CORRECTION + START_RETRACTION))) {
            // Late correction: the first 305 had the wrong date; a later one (later sentAt) fixes it.
            LocalDate wrong = actual.plusDays(random.chance(0.5) ? random.between(1, 10) : -random.between(1, 10));
            Instant firstSent = calendar.officeTime(wrong.plusDays(random.between(1, 3)), random);
            Instant correctedSent = later(firstSent, sentAt, 3, 20);
            add(lines, startZorg(allocation, firstSent, wrong));
            add(lines, startZorg(allocation, correctedSent, actual));
        } else {
            // Retraction (StatusAanlevering 3), usually followed by a new 305.
            Instant retractedAt = later(sentAt, sentAt, 1, 10);
            add(lines, startZorg(allocation, sentAt, actual));
            add(lines, startZorg(allocation, retractedAt, actual).set(EventField.STATUS, EventLine.STATUS_DELETE));
            if (random.chance(0.7)) {
                add(lines, startZorg(allocation, later(retractedAt, retractedAt, 1, 5), actual));
            }
        }
    }

    private EventLine startZorg(PlannedAllocation allocation, Instant sentAt, LocalDate startDate) {
        return new EventLine(MessageType.START_ZORG_305, ids.next(), sentAt, allocation).set(EventField.START_DATE, startDate);
    }

    private void stop(PlannedAllocation allocation, boolean clean, List<EventLine> lines) {
        LocalDate actual = allocation.actualEnd();
        Instant sentAt = calendar.officeTime(actual.plusDays(random.between(1, 6)), random);
        if (clean || !random.chance(STOP_RETRACTION)) {
            add(lines, stopZorg(allocation, sentAt, actual));
            return;
        }
        // Retraction: mostly a 307 with a wrong end date, withdrawn and sent again with the right one.
        boolean corrected = random.chance(0.6);
        LocalDate first = corrected ? actual.plusDays(random.between(1, 30)) : actual;
        Instant retractedAt = later(sentAt, sentAt, 1, 10);
        add(lines, stopZorg(allocation, sentAt, first));
        add(lines, stopZorg(allocation, retractedAt, first).set(EventField.STATUS, EventLine.STATUS_DELETE));
        if (corrected) {
            add(lines, stopZorg(allocation, later(retractedAt, retractedAt, 1, 5), actual));
        }
    }

    private EventLine stopZorg(PlannedAllocation allocation, Instant sentAt, LocalDate endDate) {
        return new EventLine(MessageType.STOP_ZORG_307, ids.next(), sentAt, allocation)
                .set(EventField.END_DATE, endDate)
                .set(EventField.REASON, allocation.endReason());
    }

    /** An office time some days after {@code after}, and never before {@code atLeast}. */
    private Instant later(Instant after, Instant atLeast, int minDays, int maxDays) {
        Instant base = after.isAfter(atLeast) ? after : atLeast;
        Instant candidate = calendar.officeTime(day(base).plusDays(random.between(minDays, maxDays)), random);
        return candidate.isAfter(base) ? candidate : base.plus(1, ChronoUnit.HOURS);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(DutchTime.ZONE).toLocalDate();
    }

    /** Messages not yet sent at the extraction date do not exist in the export. */
    private void add(List<EventLine> lines, EventLine line) {
        if (calendar.sentByExtraction(line.sentAt())) {
            lines.add(line);
        }
    }
}
