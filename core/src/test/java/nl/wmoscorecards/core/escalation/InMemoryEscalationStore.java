package nl.wmoscorecards.core.escalation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The store port in memory, with the same version check as the DynamoDB adapter; safe for the service's threads. */
final class InMemoryEscalationStore implements EscalationStore {
    private final Map<String, Escalation> byId = new TreeMap<>();

    @Override
    public synchronized Optional<Escalation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Escalation> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized Escalation save(Escalation e) {
        Escalation stored = byId.get(e.id());
        if ((stored == null ? 0 : stored.version()) != e.version()) {
            throw new ConcurrentChange(e.id());
        }
        Escalation next = new Escalation(e.id(), e.contractingRegion(), e.provider(), e.year(), e.state(), e.shortfalls(),
                e.planDue(), e.realisationDeadline(), e.clientStop(), e.history(), e.version() + 1);
        byId.put(e.id(), next);
        return next;
    }
}
