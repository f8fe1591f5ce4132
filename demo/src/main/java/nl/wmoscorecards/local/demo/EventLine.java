package nl.wmoscorecards.local.demo;

import java.time.Instant;
import java.util.Arrays;
import nl.wmoscorecards.core.allocation.MessageType;

/** One allocation event as written to a file: every value a string, absent fields null. */
final class EventLine {
    static final String STATUS_DELETE = "delete";

    private final MessageType type;
    private final String[] values;
    private final Instant sentAt;

    /** The type is written as its code, the one the ingest reads back (301, 305, 307, evaluation). */
    EventLine(MessageType type, String messageId, Instant sentAt, PlannedAllocation allocation) {
        this.type = type;
        this.values = new String[EventField.values().length];
        this.sentAt = sentAt;
        set(EventField.TYPE, type.code());
        set(EventField.MESSAGE_ID, messageId);
        set(EventField.SENT_AT, sentAt);
        set(EventField.MUNICIPALITY, allocation.key().municipality());
        set(EventField.PROVIDER, allocation.provider());
        set(EventField.ALLOCATION_NUMBER, allocation.key().allocationNumber());
    }

    EventLine set(EventField field, Object value) {
        values[field.ordinal()] = value == null ? null : value.toString();
        return this;
    }

    String get(EventField field) {
        return values[field.ordinal()];
    }

    MessageType type() {
        return type;
    }

    Instant sentAt() {
        return sentAt;
    }

    boolean isDelete() {
        return STATUS_DELETE.equals(get(EventField.STATUS));
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
