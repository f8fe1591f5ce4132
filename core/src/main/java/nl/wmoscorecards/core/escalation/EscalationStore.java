package nl.wmoscorecards.core.escalation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Escalations, one per provider, contracting region and cycle. */
public interface EscalationStore {

    Optional<Escalation> find(String id);

    /** The escalations stored under these ids (absent ones left out): one call for many, where the store can. */
    default Map<String, Escalation> findAll(Collection<String> ids) {
        Map<String, Escalation> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(e -> found.put(id, e)));
        return found;
    }

    List<Escalation> all();

    /**
     * Stores the escalation if nobody changed it since it was read (its version), and returns it with the
     * next version; otherwise throws {@link ConcurrentChange}.
     */
    Escalation save(Escalation escalation);

    final class ConcurrentChange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConcurrentChange(String id) {
            super("escalation " + id + " was changed by someone else; read it again");
        }
    }
}
