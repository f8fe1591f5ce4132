package nl.wmoscorecards.functions.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one mapping convention of the stores: every item class turns its domain object into DynamoDB's attribute
 * map and back with these helpers, by hand, without beans or reflection (no schema is introspected at a cold
 * start, and the hot paths read and write the maps the client sends). An absent value is an absent attribute;
 * a stored NULL reads as absent too. Numbers are written as Java prints them, as the SDK's converters did.
 */
final class ItemMaps {
    private ItemMaps() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds one item or nested map; null values (and empty sets, which DynamoDB refuses) are left out. */
    static final class Builder {
        private final Map<String, AttributeValue> item = new HashMap<>();

        Builder s(String name, String value) {
            if (value != null) {
                item.put(name, AttributeValue.fromS(value));
            }
            return this;
        }

        Builder n(String name, Number value) {
            if (value != null) {
                item.put(name, AttributeValue.fromN(value.toString()));
            }
            return this;
        }

        Builder bool(String name, Boolean value) {
            if (value != null) {
                item.put(name, AttributeValue.fromBool(value));
            }
            return this;
        }

        Builder ss(String name, Set<String> values) {
            if (values != null && !values.isEmpty()) {
                item.put(name, AttributeValue.fromSs(List.copyOf(values)));
            }
            return this;
        }

        Builder m(String name, Map<String, AttributeValue> value) {
            if (value != null) {
                item.put(name, AttributeValue.fromM(value));
            }
            return this;
        }

        Builder l(String name, List<AttributeValue> value) {
            if (value != null) {
                item.put(name, AttributeValue.fromL(value));
            }
            return this;
        }

        /** An explicit NULL: the form the bean mapping gave a null field of a nested map, kept for equal items. */
        Builder sOrNull(String name, String value) {
            item.put(name, value == null ? AttributeValue.fromNul(true) : AttributeValue.fromS(value));
            return this;
        }

        Builder nOrNull(String name, Number value) {
            item.put(name, value == null ? AttributeValue.fromNul(true) : AttributeValue.fromN(value.toString()));
            return this;
        }

        Map<String, AttributeValue> build() {
            return item;
        }
    }

    static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static Integer integer(Map<String, AttributeValue> item, String name) {
        String n = number(item, name);
        return n == null ? null : Integer.valueOf(n);
    }

    static Long longValue(Map<String, AttributeValue> item, String name) {
        String n = number(item, name);
        return n == null ? null : Long.valueOf(n);
    }

    static Double doubleValue(Map<String, AttributeValue> item, String name) {
        String n = number(item, name);
        return n == null ? null : Double.valueOf(n);
    }

    static Boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.bool();
    }

    /** A string set, empty when absent. */
    static Set<String> ss(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasSs() ? Set.of() : Set.copyOf(value.ss());
    }

    /** A map attribute, null when absent. */
    static Map<String, AttributeValue> m(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasM() ? null : value.m();
    }

    /** A list attribute, empty when absent. */
    static List<AttributeValue> l(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l();
    }

    private static String number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.n();
    }
}
