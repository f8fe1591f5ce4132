package nl.wmoscorecards.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.privacy.Bsn;

/**
 * A small, hand-countable year of messages for Zaanstad (0479), written as JSON Lines the way a
 * municipality would export them, with the KPI results the contract rules give for it.
 *
 * <p>Provider 11111111: 13 clients in care. 11 allocations assigned in 2027, of which 10 started within
 * 42 days (one exactly on day 42) and one on day 43: start-within-6-weeks 10/11, good. 20 evaluations in
 * 2027, 13 achieved: result-achieved 65.0, sufficient (causes: client 5, provider 2). Provider 22222222:
 * 5 clients, not measured.
 * Messiness: duplicates, a 305 before its 301, a retracted and corrected start, a late 301 correction.
 */
final class Scenario {
    static final String MUNICIPALITY = "0479";
    static final String BIG = "11111111";
    static final String SMALL = "22222222";
    private final List<String> lines = new ArrayList<>();
    private final List<String> bsns = new ArrayList<>();
    private int messages;
    private int nextBsn = 999_900_006;

    static Scenario build() {
        Scenario s = new Scenario();
        // Two carry-over clients of BIG, in care since 2026.
        for (int i = 0; i < 2; i++) {
            String a = "C" + i;
            s.assign(a, BIG, s.newBsn(), "2026-05-01", "2026-04-20T09:00:00Z");
            s.start(a, BIG, "2026-05-03", "2026-05-06T09:00:00Z");
        }
        // Ten allocations assigned in 2027.
        for (int i = 0; i < 10; i++) {
            String a = "N" + i;
            LocalDate assigned = LocalDate.of(2027, 2, 1).plusDays(i * 10L);
            int delay = i == 0 ? 42 : i == 1 ? 43 : 10;
            s.assign(a, BIG, s.newBsn(), assigned.toString(), assigned.minusDays(3) + "T10:00:00Z");
            s.start(a, BIG, assigned.plusDays(delay).toString(), assigned.plusDays(delay + 2) + "T10:00:00Z");
        }
        // Evaluations in 2027 of allocations of 20 clients that ran (and ended) in 2026: 13 achieved of 20. Those
        // clients are not in care in 2027, but they are the 20 distinct clients the KPI observes.
        for (int i = 0; i < 20; i++) {
            String a = "E" + i;
            String bsn = s.newBsn();
            s.assign(a, BIG, bsn, "2026-01-10", "2026-01-05T09:00:00Z");
            s.start(a, BIG, "2026-01-15", "2026-01-17T09:00:00Z");
            s.stop(a, BIG, "2026-12-20", "19", "2026-12-22T09:00:00Z");
            String result = i < 13 ? "achieved" : i < 16 ? "partly" : "not_achieved";
            String cause = i < 13 ? null : i < 18 ? "client" : "provider";
            s.evaluate(a, BIG, "2027-01-15", result, cause, "2027-01-16T09:00:00Z");
        }
        // Messiness that must not change a figure.
        s.lines.add(s.lines.get(0));                                            // a duplicate line
        s.start("N2", BIG, "2027-03-20", "2027-03-01T00:00:00Z");               // an older 305: loses to the later one
        s.lines.add(0, line("305", "M-early", "2027-04-20T00:00:00Z", BIG, "L1", "\"startDate\":\"2027-04-02\""));
        s.assign("L1", BIG, s.newBsn(), "2027-04-01", "2027-03-30T10:00:00Z"); // its 301 arrives after the 305
        s.startRetraction("N3", BIG, "2027-06-01T00:00:00Z");                 // retract N3's start ...
        s.start("N3", BIG, "2027-03-05", "2027-06-02T00:00:00Z");               // ... and send it again, same date
        // L1 is the 11th allocation of 2027 and on time: 10 of 11 on time.
        // SMALL: five clients, each with one allocation, not measured.
        for (int i = 0; i < 5; i++) {
            String a = "S" + i;
            s.assign(a, SMALL, s.newBsn(), "2027-03-01", "2027-02-25T09:00:00Z");
            s.start(a, SMALL, "2027-03-02", "2027-03-04T09:00:00Z");
        }
        return s;
    }

    /** Provider 11111111 with 12 clients whose care started late for half of them: start of care 50%, insufficient. */
    static Scenario lateStarts() {
        Scenario s = new Scenario();
        for (int i = 0; i < 12; i++) {
            String a = "L" + i;
            LocalDate assigned = LocalDate.of(2027, 3, 1).plusDays(i * 7L);
            int delay = i % 2 == 0 ? 5 : 60;
            s.assign(a, BIG, s.newBsn(), assigned.toString(), assigned.minusDays(2) + "T10:00:00Z");
            s.start(a, BIG, assigned.plusDays(delay).toString(), assigned.plusDays(delay + 2) + "T10:00:00Z");
        }
        return s;
    }

    List<String> bsns() {
        return bsns;
    }

    Path write(Path file) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private String newBsn() {
        while (!Bsn.isValid(Integer.toString(nextBsn))) {
            nextBsn++;
        }
        String bsn = Integer.toString(nextBsn++);
        bsns.add(bsn);
        return bsn;
    }

    private void assign(String allocation, String provider, String bsn, String start, String sentAt) {
        lines.add(line("301", "M" + (++messages), sentAt, provider, allocation,
                "\"bsn\":\"" + bsn + "\",\"productCategory\":\"02\",\"productCode\":\"02A01\",\"startDate\":\"" + start + "\""));
    }

    private void start(String allocation, String provider, String date, String sentAt) {
        lines.add(line("305", "M" + (++messages), sentAt, provider, allocation, "\"startDate\":\"" + date + "\""));
    }

    private void startRetraction(String allocation, String provider, String sentAt) {
        lines.add(line("305", "M" + (++messages), sentAt, provider, allocation, "\"status\":\"delete\""));
    }

    private void stop(String allocation, String provider, String date, String reason, String sentAt) {
        lines.add(line("307", "M" + (++messages), sentAt, provider, allocation,
                "\"endDate\":\"" + date + "\",\"reason\":\"" + reason + "\""));
    }

    private void evaluate(String allocation, String provider, String date, String result, String cause, String sentAt) {
        lines.add(line("evaluation", "M" + (++messages), sentAt, provider, allocation,
                "\"date\":\"" + date + "\",\"result\":\"" + result + "\"" + (cause == null ? "" : ",\"cause\":\"" + cause + "\"")));
    }

    private static String line(String type, String id, String sentAt, String provider, String allocation, String rest) {
        return "{\"type\":\"" + type + "\",\"messageId\":\"" + id + "\",\"sentAt\":\"" + sentAt + "\",\"municipality\":\""
                + MUNICIPALITY + "\",\"provider\":\"" + provider + "\",\"allocationNumber\":\"" + allocation + "\"," + rest + "}";
    }
}
