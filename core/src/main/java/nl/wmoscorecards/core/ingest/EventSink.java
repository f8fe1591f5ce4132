package nl.wmoscorecards.core.ingest;

import java.util.List;
import nl.wmoscorecards.core.allocation.AllocationEvent;

/** Receives what a parser reads, one message at a time, so that no input has to fit in memory. */
public interface EventSink {
    /**
     * The events of one valid message (a CSV row, a JSON line, or every product of an iWmo message): stored
     * together or refused together.
     */
    void message(String file, String location, List<AllocationEvent> events);

    void error(IngestError error);

    default void accept(ParsedEvents parsed) {
        if (!parsed.events().isEmpty()) {
            message(parsed.file(), parsed.location(), parsed.events());
        }
        parsed.errors().forEach(this::error);
    }
}
