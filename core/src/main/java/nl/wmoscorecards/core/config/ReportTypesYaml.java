package nl.wmoscorecards.core.config;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.wmoscorecards.core.report.ColumnType;
import nl.wmoscorecards.core.report.Frequency;
import nl.wmoscorecards.core.report.ReportColumn;
import nl.wmoscorecards.core.report.ReportType;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads report-types.yaml into {@link ReportType}s from SnakeYAML Engine's node tree, without Jackson databind:
 * the upload API reads this one file at every cold start, and binding it through databind loaded some 1,100
 * classes (docs/performance.md). It is as strict as the databind reading it replaces: an unknown or repeated
 * key, a value of the wrong kind or an unknown enum name fails, naming the key and its line. A scalar bound to
 * a text field keeps the text as written (an unquoted 01 stays "01").
 */
final class ReportTypesYaml {
    private static final Set<String> FILE_KEYS = Set.of("reportTypes");
    private static final Set<String> TYPE_KEYS = Set.of("id", "name", "description", "frequency", "mandatory",
            "document", "columns");
    private static final Set<String> COLUMN_KEYS = Set.of("key", "header", "type", "required", "allowedValues", "min",
            "max", "maxLength", "maxDecimals", "description");

    private ReportTypesYaml() {
    }

    /** The report types in the file's order; IllegalArgumentException (with the key and line) when it is invalid. */
    static List<ReportType> read(InputStream in) {
        Node root = new Compose(LoadSettings.builder().build()).composeInputStream(in).orElse(null);
        List<ReportType> types = Fields.of(root, FILE_KEYS, "the file").list("reportTypes", ReportTypesYaml::reportType);
        if (types == null) {
            throw invalid(root, "'reportTypes' is missing");
        }
        return types;
    }

    private static ReportType reportType(Node node) {
        Fields type = Fields.of(node, TYPE_KEYS, "a report type");
        return new ReportType(type.text("id"), type.text("name"), type.text("description"),
                type.enumValue("frequency", Frequency.class), type.flag("mandatory"), type.flag("document"),
                type.list("columns", ReportTypesYaml::column));
    }

    private static ReportColumn column(Node node) {
        Fields column = Fields.of(node, COLUMN_KEYS, "a column");
        return new ReportColumn(column.text("key"), column.text("header"), column.enumValue("type", ColumnType.class),
                column.flag("required"), column.list("allowedValues", ReportTypesYaml::allowedValue),
                column.decimal("min"), column.decimal("max"), column.integer("maxLength"), column.integer("maxDecimals"),
                column.text("description"));
    }

    private static String allowedValue(Node node) {
        ScalarNode scalar = scalar(node, "allowedValues");
        if (scalar == null) {
            throw invalid(node, "'allowedValues' holds an empty value");
        }
        return scalar.getValue();
    }

    /** The scalar, or null for an explicit null (~, null or nothing); a list or mapping is an error. */
    private static ScalarNode scalar(Node node, String key) {
        if (!(node instanceof ScalarNode scalar)) {
            throw invalid(node, "'" + key + "' must be a single value, not a list or mapping");
        }
        return scalar.getTag().equals(Tag.NULL) ? null : scalar;
    }

    private static IllegalArgumentException invalid(Node node, String message) {
        String line = node == null ? "" : node.getStartMark().map(m -> " (line " + (m.getLine() + 1) + ")").orElse("");
        return new IllegalArgumentException(message + line);
    }

    /** The keys of one mapping, checked against the keys it may have. */
    private record Fields(List<NodeTuple> entries) {
        static Fields of(Node node, Set<String> allowed, String what) {
            if (!(node instanceof MappingNode mapping)) {
                throw invalid(node, what + " must be a mapping of keys to values");
            }
            Set<String> seen = new HashSet<>();
            for (NodeTuple entry : mapping.getValue()) {
                String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (key == null || !allowed.contains(key)) {
                    throw invalid(entry.getKeyNode(), "unknown key '" + key + "' in " + what
                            + "; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
                }
                if (!seen.add(key)) {
                    throw invalid(entry.getKeyNode(), "key '" + key + "' appears twice in " + what);
                }
            }
            return new Fields(mapping.getValue());
        }

        private Node value(String key) {
            return entries.stream().filter(e -> ((ScalarNode) e.getKeyNode()).getValue().equals(key))
                    .map(NodeTuple::getValueNode).findFirst().orElse(null);
        }

        private ScalarNode scalar(String key) {
            Node value = value(key);
            return value == null ? null : ReportTypesYaml.scalar(value, key);
        }

        String text(String key) {
            ScalarNode value = scalar(key);
            return value == null ? null : value.getValue();
        }

        boolean flag(String key) {
            ScalarNode value = scalar(key);
            if (value == null) {
                return false;
            }
            return switch (value.getValue()) {
                case "true", "True", "TRUE" -> true;
                case "false", "False", "FALSE" -> false;
                default -> throw invalid(value, "'" + key + "' must be true or false, not '" + value.getValue() + "'");
            };
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            ScalarNode value = scalar(key);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.getValue());
            } catch (IllegalArgumentException e) {
                throw invalid(value, "'" + key + "' must be one of " + List.of(type.getEnumConstants())
                        + ", not '" + value.getValue() + "'");
            }
        }

        BigDecimal decimal(String key) {
            ScalarNode value = scalar(key);
            try {
                return value == null ? null : new BigDecimal(value.getValue());
            } catch (NumberFormatException e) {
                throw invalid(value, "'" + key + "' must be a number, not '" + value.getValue() + "'");
            }
        }

        Integer integer(String key) {
            ScalarNode value = scalar(key);
            try {
                return value == null ? null : Integer.valueOf(value.getValue());
            } catch (NumberFormatException e) {
                throw invalid(value, "'" + key + "' must be a whole number, not '" + value.getValue() + "'");
            }
        }

        /** The list under the key, each item read by {@code item}; null when the key is absent or null. */
        <T> List<T> list(String key, Function<Node, T> item) {
            Node value = value(key);
            if (value == null || value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
                return null;
            }
            if (!(value instanceof SequenceNode sequence)) {
                throw invalid(value, "'" + key + "' must be a list");
            }
            List<T> items = new ArrayList<>();
            sequence.getValue().forEach(node -> items.add(item.apply(node)));
            return items;
        }
    }
}
