package nl.wmoscorecards.core.ingest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The three iWmo 3.2 messages the project reads: how each is recognised (namespace, BerichtCode), where its
 * products are, and which product elements become which EventFields key. Anything not listed is skipped.
 */
enum IwmoMessageKind {
    WMO301("301", "414", "Client/ToegewezenProducten/ToegewezenProduct", true, Map.of(
            "ToewijzingNummer", "allocationNumber",
            "Product/iwmo:Categorie", "productCategory",
            "Product/iwmo:Code", "productCode",
            "Ingangsdatum", "startDate",
            "Einddatum", "endDate",
            "RedenWijziging", "changeReason")),
    WMO305("305", "418", "Client/StartProducten/StartProduct", false, Map.of(
            "ToewijzingNummer", "allocationNumber",
            "Begindatum", "startDate",
            "StatusAanlevering", "status")),
    WMO307("307", "420", "Client/StopProducten/StopProduct", false, Map.of(
            "ToewijzingNummer", "allocationNumber",
            "Einddatum", "endDate",
            "RedenBeeindiging", "reason",
            "StatusAanlevering", "status"));

    static final String BASIS_NAMESPACE = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    /** 301 only: when the municipality fixed the allocation; together they order 301s (OP033x1). */
    static final String ALLOCATION_DATE = "Toewijzingsdatum";
    static final String ALLOCATION_TIME = "Toewijzingstijd";

    private final String type;
    private final String berichtCode;
    private final String productPath;
    private final boolean sentByMunicipality;
    private final Map<String, String> productFields;

    IwmoMessageKind(String type, String berichtCode, String productPath, boolean sentByMunicipality,
                    Map<String, String> productFields) {
        this.type = type;
        this.berichtCode = berichtCode;
        this.productPath = productPath;
        this.sentByMunicipality = sentByMunicipality;
        this.productFields = productFields;
    }

    static Optional<IwmoMessageKind> fromNamespace(String namespace) {
        return Arrays.stream(values()).filter(k -> k.namespace().equals(namespace)).findFirst();
    }

    String namespace() {
        return "http://www.istandaarden.nl/iwmo/3_2/wmo" + type + "/schema";
    }

    /** "301", "305" or "307": the EventFields type. */
    String type() {
        return type;
    }

    String berichtCode() {
        return berichtCode;
    }

    /** Path from the root to one product element; basisschema elements are prefixed "iwmo:". */
    String productPath() {
        return productPath;
    }

    /** 301 goes from municipality to provider; 305 and 307 the other way round. */
    boolean sentByMunicipality() {
        return sentByMunicipality;
    }

    /** Product element path (relative to the product) to the EventFields key it fills. */
    Map<String, String> productFields() {
        return productFields;
    }

    /** Every product element the reader keeps: the mapped ones, and for 301 the allocation date and time. */
    Set<String> capturedProductPaths() {
        Set<String> paths = new HashSet<>(productFields.keySet());
        if (this == WMO301) {
            paths.add(ALLOCATION_DATE);
            paths.add(ALLOCATION_TIME);
        }
        return paths;
    }
}
