package nl.wmoscorecards.core.ingest;

import nl.wmoscorecards.core.allocation.AllocationEvent;

/** Receives what a parser reads, one message at a time, so that no input has to fit in memory. */
public interface EventSink {
    void event(AllocationEvent event);

    void error(IngestError error);

    default void accept(ParsedEvents parsed) {
        parsed.events().forEach(this::event);
        parsed.errors().forEach(this::error);
    }
}
