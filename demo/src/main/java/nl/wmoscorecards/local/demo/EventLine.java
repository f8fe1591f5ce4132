package nl.wmoscorecards.local.demo;

import java.time.Instant;
import java.util.Arrays;

/** One allocation event as written to a file: every value a string, absent fields null. */
final class EventLine {
    static final String TYPE_301 = "301";
    static final String TYPE_305 = "305";
    static final String TYPE_307 = "307";
    static final String TYPE_EVALUATION = "evaluation";
    static final String STATUS_DELETE = "delete";

    private final String[] values;
    private final Instant sentAt;

    EventLine(String type, String messageId, Instant sentAt, PlannedAllocation allocation) {
        this.values = new String[EventField.values().length];
        this.sentAt = sentAt;
        set(EventField.TYPE, type);
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

    String type() {
        return get(EventField.TYPE);
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
