package nl.wmoscorecards.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.NonAchievementCause;

/** Plans the allocations of one measurement region: clients, products, assigned and actual dates, outcomes. */
final class AllocationPlanner {
    /** Early-stop reasons (WMO588) with weights; 19 (ended as planned) is used when the assigned end is reached. */
    private static final List<String> EARLY_STOP_REASONS = List.of(
            "02", "21", "21", "22", "23", "23", "23", "31", "36", "37", "37", "38", "39", "39");
    private static final double CARRY_OVER_SHARE = 0.4;
    private static final double RETURNING_CLIENT_SHARE = 0.35;

    private record Client(String bsn, String municipality) {
    }

    private final DemoCalendar calendar;
    private final DemoRandom random;
    private final Supplier<String> bsns;
    private final List<String> municipalities;
    private final List<Client> clients = new ArrayList<>();
    private final Map<String, Integer> nextAllocationNumber = new HashMap<>();

    AllocationPlanner(DemoCalendar calendar, DemoRandom random, Supplier<String> bsns, List<String> sortedMunicipalities) {
        this.calendar = calendar;
        this.random = random;
        this.bsns = bsns;
        this.municipalities = List.copyOf(sortedMunicipalities);
    }

    int clientCount() {
        return clients.size();
    }

    /** All allocations of one provider; with deleteFirst its first one is deleted again by the municipality (301 with RedenWijziging 13). */
    List<PlannedAllocation> plan(ProviderProfile profile, boolean deleteFirst) {
        List<PlannedAllocation> planned = new ArrayList<>();
        for (int i = 0; i < profile.allocations(); i++) {
            boolean deleted = deleteFirst && i == 0;
            planned.add(planOne(profile, deleted));
        }
        return planned;
    }

    private PlannedAllocation planOne(ProviderProfile profile, boolean deleted) {
        Client client = client();
        String category = random.pick(profile.productCategories());
        String productCode = category + (char) ('A' + random.between(0, 2)) + String.format("%02d", random.between(1, 5));
        int startYear = random.chance(CARRY_OVER_SHARE) ? calendar.year() - 1 : calendar.year();
        LocalDate assignedStart = calendar.randomDayIn(startYear, random);
        if (deleted) {
            // Deleted before care began: keep it in the measured year so the deletion matters for the KPI.
            assignedStart = calendar.randomDayIn(calendar.year(), random);
        }
        LocalDate assignedEnd = random.chance(0.2) ? null
                : assignedStart.plusMonths(random.pick(List.of(3, 6, 12, 12, 24))).minusDays(1);
        AllocationKey key = new AllocationKey(client.municipality(), allocationNumber(client.municipality()));
        if (deleted) {
            return new PlannedAllocation(key, profile.agb(), client.bsn(), category, productCode,
                    assignedStart, assignedEnd, null, null, null, null, null, null, true);
        }
        boolean neverStarts = random.chance(profile.neverStartRate());
        LocalDate actualStart = neverStarts ? null : actualStart(profile, assignedStart);
        LocalDate actualEnd = null;
        String endReason = null;
        if (neverStarts) {
            if (random.chance(0.5)) {
                // Never started: the client withdrew or went elsewhere soon after the 301.
                actualEnd = assignedStart.plusDays(random.between(5, 30));
                endReason = random.chance(0.6) ? "21" : "38";
            }
        } else if (actualStart != null) {
            actualEnd = actualStart.plusDays(careDays());
            endReason = random.pick(EARLY_STOP_REASONS);
            if (assignedEnd != null && !actualEnd.isBefore(assignedEnd)) {
                actualEnd = assignedEnd;
                endReason = "19";
            }
            if (actualEnd.isAfter(calendar.extractionDate().minusDays(7))) {
                actualEnd = null;
                endReason = null;
            }
        }
        return withEvaluation(profile, key, client, category, productCode, assignedStart, assignedEnd,
                actualStart, actualEnd, endReason);
    }

    private PlannedAllocation withEvaluation(ProviderProfile profile, AllocationKey key, Client client,
            String category, String productCode, LocalDate assignedStart, LocalDate assignedEnd,
            LocalDate actualStart, LocalDate actualEnd, String endReason) {
        LocalDate evaluationDate = null;
        EvaluationResult result = null;
        NonAchievementCause cause = null;
        // No evaluation conversation after a death or a move, nor when care never started.
        boolean evaluable = actualStart != null && actualEnd != null && !"02".equals(endReason) && !"31".equals(endReason);
        if (evaluable && random.chance(0.88)) {
            LocalDate date = actualEnd.plusDays(random.between(5, 40));
            if (!date.isAfter(calendar.extractionDate().minusDays(4))) {
                evaluationDate = date;
                result = random.chance(profile.achievedRate()) ? EvaluationResult.ACHIEVED
                        : random.chance(0.4) ? EvaluationResult.PARTLY : EvaluationResult.NOT_ACHIEVED;
                cause = result == EvaluationResult.ACHIEVED ? null : profile.drawCause(random);
            }
        }
        return new PlannedAllocation(key, profile.agb(), client.bsn(), category, productCode, assignedStart,
                assignedEnd, actualStart, actualEnd, endReason, evaluationDate, result, cause, false);
    }

    /** Null when care has not started by the extraction date (pending). */
    private LocalDate actualStart(ProviderProfile profile, LocalDate assignedStart) {
        int delay;
        if (random.chance(profile.onTimeRate())) {
            // Mostly around the provider's usual delay, occasionally a few days early; never beyond 42.
            delay = (int) Math.round(profile.typicalDelayDays() + random.gaussian() * profile.typicalDelayDays() / 1.5);
            delay = Math.max(-3, Math.min(42, delay));
        } else {
            delay = 43 + (int) Math.round(Math.abs(random.gaussian()) * 35);
        }
        LocalDate start = assignedStart.plusDays(delay);
        return start.isAfter(calendar.extractionDate().minusDays(5)) ? null : start;
    }

    private int careDays() {
        double draw = random.between(0.0, 1.0);
        return draw < 0.3 ? random.between(30, 120) : draw < 0.7 ? random.between(120, 365) : random.between(365, 900);
    }

    /** A returning client (several allocations) or a new one in one of the region's municipalities. */
    private Client client() {
        if (!clients.isEmpty() && random.chance(RETURNING_CLIENT_SHARE)) {
            return random.pick(clients);
        }
        Client client = new Client(bsns.get(), random.pick(municipalities));
        clients.add(client);
        return client;
    }

    /** Numbers unique within the municipality, six or seven digits so they can never look like a BSN. */
    private String allocationNumber(String municipality) {
        int number = nextAllocationNumber.merge(municipality, 1, Integer::sum);
        return Integer.toString(100_000 + number * 7 + random.between(0, 6));
    }
}
