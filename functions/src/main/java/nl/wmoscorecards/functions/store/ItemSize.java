package nl.wmoscorecards.functions.store;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size DynamoDB counts for an item, computed before writing: an item over {@link #MAX_BYTES} is refused
 * by the service ("Item size has exceeded the maximum allowed size") after the call, too late to say which
 * row or what to do. Names and strings count their UTF-8 bytes, numbers at most 21 bytes, lists and maps 3
 * bytes plus 1 per element (the published rules, rounded up).
 */
final class ItemSize {
    static final long MAX_BYTES = 400 * 1024;
    /** What we write at most: the limit less room for the estimate's rounding. */
    static final long SAFE_BYTES = MAX_BYTES - 16 * 1024;

    private ItemSize() {
    }

    static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    private static long of(AttributeValue value) {
        if (value.s() != null) {
            return utf8(value.s());
        }
        if (value.n() != null) {
            return 21;
        }
        if (value.b() != null) {
            return value.b().asByteArray().length;
        }
        if (value.bool() != null || Boolean.TRUE.equals(value.nul())) {
            return 1;
        }
        if (value.hasL()) {
            long size = 3;
            for (AttributeValue element : value.l()) {
                size += 1 + of(element);
            }
            return size;
        }
        if (value.hasM()) {
            return 3 + value.m().size() + of(value.m());
        }
        if (value.hasSs()) {
            return value.ss().stream().mapToLong(ItemSize::utf8).sum();
        }
        if (value.hasNs()) {
            return 21L * value.ns().size();
        }
        return 0;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
