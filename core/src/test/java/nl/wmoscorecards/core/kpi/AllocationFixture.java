package nl.wmoscorecards.core.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import nl.wmoscorecards.core.calendar.DutchTime;

/** Builds allocations of one provider in Zaanstad (0479) message by message, for readable rule tests. */
final class AllocationFixture {
    static final String MUNICIPALITY = "0479";
    static final String PROVIDER = "12345678";
    private static int sequence;

    private final AllocationKey key;
    private final String client;
    private final List<AllocationEvent> events = new ArrayList<>();
    private String category = "02";

    private AllocationFixture(String client) {
        this.key = new AllocationKey(MUNICIPALITY, "A" + (++sequence));
        this.client = client;
    }

    static AllocationFixture allocation(String client) {
        return new AllocationFixture(client);
    }

    static AllocationFixture allocation() {
        return new AllocationFixture("client-" + (sequence + 1));
    }

    private MessageStamp stamp() {
        return new MessageStamp(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(events.size()), key + "-" + events.size());
    }

    AllocationFixture assigned(String startDate) {
        events.add(new Toewijzing(stamp(), key, PROVIDER, client, category, null, LocalDate.parse(startDate), null, null));
        return this;
    }

    /** A 301 with a planned end date (the last day of the allocation). */
    AllocationFixture assigned(String startDate, String plannedEndDate) {
        events.add(new Toewijzing(stamp(), key, PROVIDER, client, category, null, LocalDate.parse(startDate),
                LocalDate.parse(plannedEndDate), null));
        return this;
    }

    /** A 301 of another provider for this client (to see where a client went next). */
    AllocationFixture assignedTo(String provider, String startDate) {
        events.add(new Toewijzing(stamp(), key, provider, client, category, null, LocalDate.parse(startDate), null, null));
        return this;
    }

    /** The product category (WMO020) of the 301s that follow; 02 Begeleiding by default. */
    AllocationFixture category(String productCategory) {
        this.category = productCategory;
        return this;
    }

    /** A 305 for the start date, sent on the given day (noon, Dutch time). */
    AllocationFixture startedSentOn(String date, String sentOn) {
        Instant sent = LocalDate.parse(sentOn).atTime(12, 0).atZone(DutchTime.ZONE).toInstant();
        events.add(new StartZorg(new MessageStamp(sent, key + "-" + events.size()), key, PROVIDER, LocalDate.parse(date), false));
        return this;
    }

    /** A 305 for the start date, sent at the given instant. */
    AllocationFixture startedSentAt(String date, Instant sentAt) {
        events.add(new StartZorg(new MessageStamp(sentAt, key + "-" + events.size()), key, PROVIDER, LocalDate.parse(date), false));
        return this;
    }

    AllocationFixture stopped(String date, String reason) {
        events.add(new StopZorg(stamp(), key, PROVIDER, LocalDate.parse(date), reason, false));
        return this;
    }

    AllocationFixture deleted(String startDate) {
        LocalDate d = LocalDate.parse(startDate);
        events.add(new Toewijzing(stamp(), key, PROVIDER, client, "02", null, d, d, "13"));
        return this;
    }

    AllocationFixture started(String date) {
        events.add(new StartZorg(stamp(), key, PROVIDER, LocalDate.parse(date), false));
        return this;
    }

    /** A 305 sent by another provider than the 301's (DOMAIN.md "Sender": it never counts). */
    AllocationFixture startedBy(String sender, String date) {
        events.add(new StartZorg(stamp(), key, sender, LocalDate.parse(date), false));
        return this;
    }

    AllocationFixture startRetracted() {
        events.add(new StartZorg(stamp(), key, PROVIDER, null, true));
        return this;
    }

    AllocationFixture stopped(String date) {
        events.add(new StopZorg(stamp(), key, PROVIDER, LocalDate.parse(date), "19", false));
        return this;
    }

    AllocationFixture evaluated(String date, EvaluationResult result, NonAchievementCause cause) {
        events.add(new Evaluation(stamp(), key, PROVIDER, LocalDate.parse(date), result, cause));
        return this;
    }

    List<AllocationEvent> events() {
        return List.copyOf(events);
    }

    Allocation build() {
        return Allocation.empty(key).applyAll(events);
    }
}
