package nl.wmoscorecards.core.ingest;

import java.util.List;
import nl.wmoscorecards.core.allocation.AllocationEvent;

/**
 * What a parser made of one message: its events when it is valid, else none and an error for each problem.
 *
 * @param location where the message is, as in {@link IngestError#location()}
 */
public record ParsedEvents(String file, String location, List<AllocationEvent> events, List<IngestError> errors) {

    public ParsedEvents {
        events = List.copyOf(events);
        errors = List.copyOf(errors);
    }

    public static ParsedEvents of(String file, String location, List<AllocationEvent> events, List<IngestError> errors) {
        return new ParsedEvents(file, location, events, errors);
    }

    public static ParsedEvents failed(IngestError error) {
        return new ParsedEvents(error.file(), error.location(), List.of(), List.of(error));
    }

    /** Refused as a whole: none of the events, every error. */
    public static ParsedEvents failed(String file, String location, List<IngestError> errors) {
        return new ParsedEvents(file, location, List.of(), errors);
    }
}
