package nl.wmoscorecards.tests.upload;

import java.nio.charset.StandardCharsets;
import nl.wmoscorecards.local.runtime.ProviderKeys;

/** The two providers the upload tests play, A and B, and the small CTO file they send. */
public final class TwoProviders {
    public static final String AGB_A = "12345678";
    public static final String AGB_B = "87654321";
    public static final String CSV = "text/csv";
    public static final byte[] CTO_FILE = "gemeente;datum;cijfer\n0479;2025-03-01;8\n".getBytes(StandardCharsets.UTF_8);

    private TwoProviders() {
    }

    /** A new key for provider A (replacing any earlier one). */
    public static String keyForA(ProviderKeys keys) {
        return keys.add(AGB_A, "Zorg A");
    }

    /** A new key for provider B (replacing any earlier one). */
    public static String keyForB(ProviderKeys keys) {
        return keys.add(AGB_B, "Zorg B");
    }
}
