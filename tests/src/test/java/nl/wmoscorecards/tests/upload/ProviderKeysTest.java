package nl.wmoscorecards.tests.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.local.runtime.ProviderKeys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provider API keys on the local runtime: shown once, stored as a hash only, in a file only the owner reads. */
@Tag("integration")
class ProviderKeysTest {
    @TempDir
    Path data;

    @Test
    void aKeyIsStoredOnlyAsItsHashInAFileOnlyTheOwnerCanRead() throws Exception {
        ProviderKeys keys = new ProviderKeys(data, Clock.systemUTC());

        String key = keys.add("12345678", "Zorg & Welzijn De Linde");

        assertThat(key).startsWith(ProviderKeys.PREFIX);
        assertThat(Base64.getUrlDecoder().decode(key.substring(ProviderKeys.PREFIX.length()))).hasSize(32);
        Path file = data.resolve(ProviderKeys.FILE);
        String stored = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain(key).doesNotContain(key.substring(ProviderKeys.PREFIX.length()));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).contains(hash).contains("12345678").contains("Zorg & Welzijn De Linde");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyAuthenticatesItsProviderAndNothingElseDoes() {
        ProviderKeys keys = new ProviderKeys(data, Clock.systemUTC());
        String a = keys.add("12345678", "Zorg A");
        String b = keys.add("87654321", "Zorg B");
        ProviderKeys reread = new ProviderKeys(data, Clock.systemUTC()); // as the next command would

        assertThat(reread.authenticate(a)).contains("12345678");
        assertThat(reread.authenticate(b)).contains("87654321");
        assertThat(reread.authenticate(a + "x")).isEmpty();
        assertThat(reread.authenticate(a.substring(0, a.length() - 1))).isEmpty();
        assertThat(reread.authenticate(ProviderKeys.PREFIX)).isEmpty();
        assertThat(reread.authenticate("")).isEqualTo(Optional.empty());
        assertThat(reread.authenticate(null)).isEmpty();
        assertThat(reread.names()).isEqualTo(Map.of("12345678", "Zorg A", "87654321", "Zorg B"));
    }

    @Test
    void everyKeyIsNew() {
        ProviderKeys keys = new ProviderKeys(data, Clock.systemUTC());

        assertThat(keys.add("12345678", "Zorg A")).isNotEqualTo(keys.add("12345678", "Zorg A"));
    }

    @Test
    void anAgbCodeHasEightDigits() {
        ProviderKeys keys = new ProviderKeys(data, Clock.systemUTC());

        assertThatThrownBy(() -> keys.add("1234567", "Zorg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.add("1234567a", "Zorg")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(data.resolve(ProviderKeys.FILE))).isFalse();
    }
}
