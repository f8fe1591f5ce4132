package nl.wmoscorecards.local.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.wmoscorecards.core.allocation.MessageType;

/**
 * The event files of one measurement region: a JSON Lines and a CSV file, each event in either, in
 * roughly the order sent. Adds the file-level mess: lines out of order, duplicated lines, and a 305
 * written before its 301. Holds one region's lines at a time.
 */
final class RegionEventFiles {
    private static final int JSONL = 0;
    private static final int CSV = 1;
    private static final double OUT_OF_ORDER = 0.03;
    private static final double DUPLICATE = 0.01;
    private static final int FORCED_EARLY_STARTS = 3;

    private record Placed(EventLine line, int file, Instant orderKey, long sequence) {
    }

    private final DemoRandom random;
    private final List<Placed> placed = new ArrayList<>();
    private long sequence;
    private int earlyStarts;

    RegionEventFiles(DemoRandom random) {
        this.random = random;
    }

    /** The lines of one allocation. */
    void add(List<EventLine> lines) {
        List<Placed> mine = new ArrayList<>();
        for (EventLine line : lines) {
            Instant orderKey = line.sentAt();
            if (random.chance(OUT_OF_ORDER)) {
                orderKey = orderKey.plus(Duration.ofDays(random.between(-45, 45)));
            }
            mine.add(new Placed(line, random.chance(0.6) ? JSONL : CSV, orderKey, sequence++));
        }
        if (earlyStarts < FORCED_EARLY_STARTS) {
            placeStartBeforeAssignment(mine);
        }
        for (Placed p : List.copyOf(mine)) {
            if (random.chance(DUPLICATE)) {
                // The same message delivered twice: identical line, same messageId.
                mine.add(new Placed(p.line(), random.chance(0.5) ? JSONL : CSV,
                        p.orderKey().plus(Duration.ofDays(random.between(0, 20))), sequence++));
            }
        }
        placed.addAll(mine);
    }

    /** Writes the 305 just ahead of its 301 in the same file, as a delayed 301 export would. */
    private void placeStartBeforeAssignment(List<Placed> mine) {
        Placed assignment = first(mine, MessageType.TOEWIJZING_301);
        Placed start = first(mine, MessageType.START_ZORG_305);
        if (assignment == null || start == null || start.line().isDelete()) {
            return;
        }
        mine.set(mine.indexOf(start), new Placed(start.line(), assignment.file(),
                assignment.orderKey().minus(Duration.ofHours(1)), start.sequence()));
        earlyStarts++;
    }

    private static Placed first(List<Placed> placed, MessageType type) {
        return placed.stream().filter(p -> p.line().type() == type).findFirst().orElse(null);
    }

    /** Writes both files and returns the number of lines written. */
    int write(Path jsonLines, Path csv) throws IOException {
        placed.sort(Comparator.comparing(Placed::orderKey).thenComparingLong(Placed::sequence));
        try (EventSink json = new JsonLinesSink(jsonLines); EventSink table = new CsvSink(csv)) {
            for (Placed p : placed) {
                (p.file() == JSONL ? json : table).write(p.line());
            }
        }
        int written = placed.size();
        placed.clear();
        return written;
    }
}
