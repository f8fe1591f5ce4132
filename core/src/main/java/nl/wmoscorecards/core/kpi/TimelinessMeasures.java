package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.calendar.DutchWorkingDays;

/** How fast care starts and how fast the provider reports it, from the message traffic. */
final class TimelinessMeasures {

    private TimelinessMeasures() {
    }

    /**
     * 305 sent within N working days of the actual start (iWmo OP271): of the allocations whose actual start lies
     * in the year, the share whose winning 305 was sent (Dutch date) at the latest on the N-th working day after
     * the start. Working days skip weekends and Dutch public holidays. A 305 sent before the start is on time.
     */
    static Tally startReportedWithinWorkingDays(MeasureInput input, KpiDefinition definition) {
        int workingDays = definition.intParameter("workingDays");
        return Measures.percentage(input, allocation -> input.inPeriod(allocation.actualStartDate()), allocation -> {
            LocalDate sent = LocalDate.ofInstant(allocation.start().stamp().sentAt(), DutchTime.ZONE);
            return !sent.isAfter(DutchWorkingDays.plusWorkingDays(allocation.actualStartDate(), workingDays));
        });
    }

    /**
     * Waiting time: the median number of calendar days from the 301 start date to the actual start (305), over
     * the allocations whose actual start lies in the year. A start on or before the 301 date waited 0 days.
     * An even count takes the mean of the middle two (a half day at most), kept exact.
     */
    static Tally waitingTime(MeasureInput input, KpiDefinition definition) {
        List<Long> waits = new ArrayList<>();
        Set<String> clients = new HashSet<>();
        for (Allocation allocation : input.allocations()) {
            LocalDate started = allocation.actualStartDate();
            if (input.inPeriod(started)) {
                waits.add(Math.max(0, ChronoUnit.DAYS.between(allocation.assignedStartDate(), started)));
                clients.add(Measures.clientOf(allocation));
            }
        }
        if (waits.isEmpty()) {
            return Tally.none();
        }
        return Tally.valueOver(median(waits), waits.size()).observing(clients.size());
    }

    static BigDecimal median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(middle));
        }
        return BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2));
    }
}
