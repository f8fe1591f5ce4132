package nl.wmoscorecards.core.ingest;

import java.util.List;
import java.util.Map;

/**
 * The kept content of one iWmo message: header values and the client's BSN by path, and per product its
 * whitelisted elements by path relative to the product. Nothing else of the message is held.
 */
record IwmoMessage(IwmoMessageKind kind, Map<String, String> values, List<Map<String, String>> products) {
    static final String BERICHT_CODE = "Header/BerichtCode";
    static final String SENDER = "Header/Afzender";
    static final String RECEIVER = "Header/Ontvanger";
    static final String IDENTIFICATION = "Header/BerichtIdentificatie/iwmo:Identificatie";
    static final String DATE = "Header/BerichtIdentificatie/iwmo:Dagtekening";
    static final String BSN = "Client/Bsn";
    static final List<String> PATHS = List.of(BERICHT_CODE, SENDER, RECEIVER, IDENTIFICATION, DATE, BSN);

    IwmoMessage {
        values = Map.copyOf(values);
        products = products.stream().map(Map::copyOf).toList();
    }

    String value(String path) {
        return values.get(path);
    }
}
