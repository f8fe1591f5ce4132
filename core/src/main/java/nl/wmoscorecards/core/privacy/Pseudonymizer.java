package nl.wmoscorecards.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a BSN by a keyed HMAC-SHA256 pseudonym at the parser boundary. The same key gives the same
 * pseudonym, so a client is counted once across messages; without the key it cannot be reversed.
 */
public final class Pseudonymizer {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public Pseudonymizer(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("pseudonym key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String pseudonymOf(String bsn) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
            // 128 bits is ample to keep distinct clients distinct and keeps items small.
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
