package nl.wmoscorecards.core.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import nl.wmoscorecards.core.concurrent.InOrder;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationLadder;
import nl.wmoscorecards.core.escalation.EscalationStore;
import nl.wmoscorecards.core.escalation.EscalationTriggers;
import nl.wmoscorecards.core.escalation.Shortfall;

/** The use cases behind the CLI, the yearly run and the daily check. */
public final class EscalationService {
    public static final String RAISED_BY = "kpi-run";
    private static final int RAISE_THREADS = 8;
    private final EscalationStore store;
    private final EscalationLadder ladder;

    public EscalationService(EscalationStore store, EscalationLadder ladder) {
        this.store = store;
        this.ladder = ladder;
    }

    public EscalationLadder ladder() {
        return ladder;
    }

    /** Raises or extends one escalation per provider and contracting region; a rerun changes nothing. */
    public List<Escalation> raise(int year, Map<EscalationTriggers.Subject, List<Shortfall>> found, LocalDate date) {
        Map<EscalationTriggers.Subject, String> ids = new LinkedHashMap<>();
        found.keySet().forEach(subject -> ids.put(subject, Escalation.idOf(subject.contractingRegion(), year, subject.provider())));
        // One read for all (thousands nationally); the writes, each its own item with its version checked, a few
        // at a time.
        Map<String, Escalation> stored = store.findAll(ids.values());
        return InOrder.map(found.entrySet(), RAISE_THREADS, "escalation-raise", subject -> {
            String id = ids.get(subject.getKey());
            Escalation existing = stored.get(id);
            Escalation next = ladder.signal(existing, id, subject.getKey().contractingRegion(),
                    subject.getKey().provider(), year, subject.getValue(), date, RAISED_BY);
            return next == existing ? null : store.save(next);
        }).stream().filter(Objects::nonNull).toList();
    }

    /** Applies a contract manager's action to the escalation as it is stored now. */
    public Escalation act(String id, UnaryOperator<Escalation> action) {
        Escalation current = store.find(id).orElseThrow(() -> new IllegalArgumentException("no escalation " + id));
        Escalation next = action.apply(current);
        return next == current ? current : store.save(next);
    }

    /** The daily scheduled check: every open escalation whose deadline passed moves to step 3. */
    public List<Escalation> checkDeadlines(LocalDate today) {
        List<Escalation> moved = new ArrayList<>();
        for (Escalation e : store.all()) {
            Escalation next = ladder.checkDeadlines(e, today);
            if (next != e) {
                moved.add(store.save(next));
            }
        }
        return moved;
    }
}
