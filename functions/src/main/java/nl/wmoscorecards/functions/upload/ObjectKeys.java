package nl.wmoscorecards.functions.upload;

/**
 * Where an upload is stored. The server builds the whole key from the caller's own AGB code, checked
 * fields and a random id: a provider cannot write into another's key space, and its file name, which it
 * chose, never becomes part of a key.
 */
public final class ObjectKeys {
    public static final String INCOMING = "incoming/";

    private ObjectKeys() {
    }

    public static String incoming(String agb, String reportType, String period, String uploadId, FileFormat format) {
        return INCOMING + agb + "/" + reportType + "/" + period + "/" + uploadId + format.extension();
    }
}
