package nl.wmoscorecards.core.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every report type providers can upload, from config/report-types.yaml. */
public final class ReportTypeCatalog {
    private final Map<String, ReportType> byId = new LinkedHashMap<>();

    public ReportTypeCatalog(List<ReportType> types) {
        for (ReportType type : types) {
            if (byId.put(type.id(), type) != null) {
                throw new IllegalArgumentException("report type " + type.id() + " is configured twice");
            }
        }
    }

    public List<ReportType> types() {
        return List.copyOf(byId.values());
    }

    public Optional<ReportType> type(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
