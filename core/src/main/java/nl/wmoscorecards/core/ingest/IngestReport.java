package nl.wmoscorecards.core.ingest;

import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of one ingest: how many inputs were read, events accepted and errors (a refused line or message
 * has one per bad field), with the errors (the first {@link AllocationIngest#MAX_ERRORS_KEPT} of them; the count is always complete).
 */
public record IngestReport(int inputs, long accepted, long errorCount, List<IngestError> errors) {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public IngestReport {
        errors = List.copyOf(errors);
    }

    public boolean hasRejections() {
        return errorCount > 0;
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("inputs", inputs);
        root.put("accepted", accepted);
        root.put("errorCount", errorCount);
        root.put("errorsListed", errors.size());
        var list = root.putArray("errors");
        for (IngestError e : errors) {
            ObjectNode n = list.addObject();
            n.put("file", e.file());
            n.put("location", e.location());
            n.put("field", e.field());
            n.put("value", e.value());
            n.put("rule", e.rule());
        }
        return JSON.writeValueAsString(root);
    }
}
