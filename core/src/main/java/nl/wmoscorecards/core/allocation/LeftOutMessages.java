package nl.wmoscorecards.core.allocation;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a KPI run left out because only an allocation's provider may start or stop it: every 305/307 of a counted
 * allocation whose sender is not the provider of the allocation's 301 (see {@link Allocation#leftOut()}). Such a
 * message reached the store only because it arrived before its 301; with the 301 known, ingest refuses it.
 */
public record LeftOutMessages(List<Entry> entries) {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::region)
            .thenComparing(e -> e.key().municipality()).thenComparing(e -> e.key().allocationNumber())
            .thenComparing(e -> e.message().type()).thenComparing(e -> e.message().stamp())
            .thenComparing(e -> e.message().sender());

    public static final LeftOutMessages NONE = new LeftOutMessages(List.of());

    /**
     * @param region   the measurement region whose run left it out
     * @param provider the AGB code of the allocation's 301: the only sender that counts
     */
    public record Entry(String region, AllocationKey key, String provider, LeftOutMessage message) {

        /** One readable line for logs and the CLI. */
        public String describe() {
            return "region " + region + ", allocation " + key + ": " + message.type().code() + " message "
                    + message.stamp().messageId() + " (sent " + message.stamp().sentAt() + ") by AGB "
                    + message.sender() + " left out: the 301 names AGB " + provider;
        }
    }

    public LeftOutMessages {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /** What the counted allocations of one region leave out; allocations without a 301 or deleted are not counted. */
    public static LeftOutMessages of(String region, Collection<Allocation> allocations) {
        List<Entry> entries = new ArrayList<>();
        for (Allocation allocation : allocations) {
            if (allocation.isCountable()) {
                for (LeftOutMessage message : allocation.leftOut()) {
                    entries.add(new Entry(region, allocation.key(), allocation.provider(), message));
                }
            }
        }
        return entries.isEmpty() ? NONE : new LeftOutMessages(entries);
    }

    /** Both, e.g. the regions of one run together. */
    public LeftOutMessages plus(LeftOutMessages other) {
        if (other.entries.isEmpty()) {
            return this;
        }
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new LeftOutMessages(all);
    }

    public int count() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Writes {@code "leftOutMessages":[{"region","municipality","allocationNumber","type","messageId","sentAt",
     * "sender","provider"}]} into the object being written.
     */
    public void writeProperty(JsonGenerator json) {
        json.writeArrayPropertyStart("leftOutMessages");
        for (Entry e : entries) {
            json.writeStartObject();
            json.writeStringProperty("region", e.region());
            json.writeStringProperty("municipality", e.key().municipality());
            json.writeStringProperty("allocationNumber", e.key().allocationNumber());
            json.writeStringProperty("type", e.message().type().code());
            json.writeStringProperty("messageId", e.message().stamp().messageId());
            json.writeStringProperty("sentAt", e.message().stamp().sentAt().toString());
            json.writeStringProperty("sender", e.message().sender());
            json.writeStringProperty("provider", e.provider());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code {"leftOutMessages":[...]}} on its own. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            writeProperty(json);
            json.writeEndObject();
        }
        return out.toString();
    }
}
