package nl.wmoscorecards.core.ingest;

import java.util.List;
import nl.wmoscorecards.core.allocation.AllocationEvent;

/** What a parser made of one input: the valid events and an error for each refused line or message. */
public record ParsedEvents(List<AllocationEvent> events, List<IngestError> errors) {

    public ParsedEvents {
        events = List.copyOf(events);
        errors = List.copyOf(errors);
    }

    public static ParsedEvents of(List<AllocationEvent> events, List<IngestError> errors) {
        return new ParsedEvents(events, errors);
    }

    public static ParsedEvents failed(IngestError error) {
        return new ParsedEvents(List.of(), List.of(error));
    }

}
