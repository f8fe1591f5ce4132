package nl.wmoscorecards.local.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * API keys for providers on the local runtime, standing in for the Cognito user pool in AWS. A key is
 * shown once, when made; {@value #FILE} keeps only its SHA-256 hash (mode 600), so the file does not
 * let anyone upload as a provider.
 */
public final class ProviderKeys {
    public static final String FILE = "providers.json";
    public static final String PREFIX = "wsk_";
    private static final Pattern AGB = Pattern.compile("\\d{8}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();
    private final Path file;
    private final Clock clock;

    /** One issued key: whose it is and the hex SHA-256 of its text. */
    public record Entry(String agb, String name, String keyHash, String createdAt) {
    }

    record ProvidersFile(List<Entry> providers) {
    }

    public ProviderKeys(Path dataFolder, Clock clock) {
        this.file = dataFolder.resolve(FILE);
        this.clock = clock;
    }

    /**
     * Makes a key for the provider and returns it: the only time its text exists outside the caller. For a
     * provider that has a key already, the new key replaces it (rotation): the old one stops working.
     */
    public synchronized String add(String agb, String name) {
        if (agb == null || !AGB.matcher(agb).matches()) {
            throw new IllegalArgumentException("an AGB code has 8 digits");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a provider needs a name");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        List<Entry> entries = new ArrayList<>(read());
        entries.removeIf(e -> e.agb().equals(agb));
        entries.add(new Entry(agb, name.strip(), hash(key), clock.instant().toString()));
        write(entries);
        return key;
    }

    /** The AGB code of the key's provider, when the key is one we issued. */
    public synchronized Optional<String> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] presented = HexFormat.of().parseHex(hash(key));
        String found = null;
        for (Entry entry : read()) { // compares every entry in constant time: no early exit, no timing hint
            if (MessageDigest.isEqual(presented, HexFormat.of().parseHex(entry.keyHash()))) {
                found = entry.agb();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Provider names by AGB code, for the site; the latest name given wins. */
    public synchronized Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        read().forEach(e -> names.put(e.agb(), e.name()));
        return names;
    }

    private List<Entry> read() {
        return OwnerOnlyFile.read(file, ProvidersFile.class).map(ProvidersFile::providers).orElse(List.of());
    }

    private void write(List<Entry> entries) {
        OwnerOnlyFile.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new ProvidersFile(entries)));
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
