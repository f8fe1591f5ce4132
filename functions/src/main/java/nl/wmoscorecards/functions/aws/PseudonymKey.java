package nl.wmoscorecards.functions.aws;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The pseudonym key: SCORECARDS_PSEUDONYM_KEY holds it base64-encoded (at least 32 bytes). In AWS the
 * template fills it from the secret store; locally the data folder's key file is used instead.
 */
public final class PseudonymKey {
    public static final String VARIABLE = "SCORECARDS_PSEUDONYM_KEY";

    private PseudonymKey() {
    }

    public static byte[] decode(String encoded) {
        String text = encoded.strip();
        try {
            byte[] key = Base64.getDecoder().decode(text);
            if (key.length >= 32) {
                return key;
            }
        } catch (IllegalArgumentException notBase64) {
            // fall through: a long passphrase is accepted as its bytes
        }
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        if (raw.length < 32) {
            throw new IllegalStateException(VARIABLE + " must hold at least 32 bytes (base64) or characters");
        }
        return raw;
    }

    public static byte[] fromEnvironment() {
        String value = System.getenv(VARIABLE);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(VARIABLE + " is not set");
        }
        return decode(value);
    }
}
