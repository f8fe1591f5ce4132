package nl.wmoscorecards.local.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import nl.wmoscorecards.core.survey.SurveyResponse;

/**
 * The rows the KPIs are computed over, as one CSV file both the engine and DuckDB read: one row per countable
 * allocation (its winning 301, 305, 307 and evaluation, folded), and the survey responses as generated.
 */
final class KpiRows {
    static final String HEADER = "municipality,allocationNumber,provider,client,assignedStart,actualStart,actualEnd,"
            + "evaluationDate,evaluationResult,evaluationCause";
    private static final MessageStamp STAMP = new MessageStamp(Instant.EPOCH, "row");

    private KpiRows() {
    }

    /** Appends the countable allocations (no header) and returns how many rows were written. */
    static long write(Writer out, Collection<Allocation> allocations) throws IOException {
        long written = 0;
        {
            for (Allocation a : allocations) {
                if (!a.isCountable()) {
                    continue;
                }
                written++;
                Evaluation v = a.evaluation();
                out.write(String.join(",", a.key().municipality(), a.key().allocationNumber(), a.provider(),
                        a.toewijzing().clientPseudonym(), text(a.assignedStartDate()), text(a.actualStartDate()),
                        text(a.actualEndDate()), v == null ? "" : text(v.date()), v == null ? "" : v.result().code(),
                        v == null || v.cause() == null ? "" : v.cause().code()));
                out.write('\n');
            }
        }
        return written;
    }

    /** Reads the rows of the given municipalities (null: all) back as allocations; the others are skipped unparsed. */
    static void read(Path file, Set<String> municipalities, Consumer<Allocation> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (municipalities != null && !municipalities.contains(line.substring(0, line.indexOf(',')))) {
                    continue;
                }
                String[] f = line.split(",", -1);
                AllocationKey key = new AllocationKey(f[0], f[1]);
                Toewijzing t = new Toewijzing(STAMP, key, f[2], f[3], "00", null, date(f[4]), null, null);
                StartZorg s = f[5].isEmpty() ? null : new StartZorg(STAMP, key, f[2], date(f[5]), false);
                StopZorg e = f[6].isEmpty() ? null : new StopZorg(STAMP, key, f[2], date(f[6]), "19", false);
                Evaluation v = f[7].isEmpty() ? null : new Evaluation(STAMP, key, f[2], date(f[7]),
                        EvaluationResult.fromCode(f[8]).orElseThrow(),
                        f[9].isEmpty() ? null : NonAchievementCause.fromCode(f[9]).orElseThrow(), java.util.Map.of());
                sink.accept(new Allocation(key, t, s, e, v, Set.of()));
            }
        }
    }

    /** The generated survey files ({@code id;aanbieder;gemeente;datum;cijfer}, Dutch dates). */
    static List<SurveyResponse> readSurveys(List<Path> files, Set<String> municipalities) throws IOException {
        List<SurveyResponse> responses = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                in.readLine();
                String line;
                while ((line = in.readLine()) != null) {
                    String[] f = line.split(";", -1);
                    if (municipalities == null || municipalities.contains(f[2])) {
                        String[] d = f[3].split("-");
                        responses.add(new SurveyResponse(f[0], f[1], f[2],
                                LocalDate.of(Integer.parseInt(d[2]), Integer.parseInt(d[1]), Integer.parseInt(d[0])),
                                new BigDecimal(f[4])));
                    }
                }
            }
        }
        return responses;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
