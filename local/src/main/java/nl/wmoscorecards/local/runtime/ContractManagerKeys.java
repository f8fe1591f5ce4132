package nl.wmoscorecards.local.runtime;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmoscorecards.application.ContractManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keys for contract managers on the local runtime, standing in for the user pool's contract-manager groups in
 * AWS: each key names one manager and the contracting regions they manage. Shown once when made;
 * {@value #FILE} keeps only the key's SHA-256 hash (mode 600). A signed-in browser is checked against the file
 * on every request, so a replaced key or a region taken away counts at once.
 */
public final class ContractManagerKeys {
    public static final String FILE = "contract-managers.json";
    public static final String PREFIX = "wcm_";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();
    private final Path file;
    private final Clock clock;

    /** One issued key: whose it is, for which regions, and the hex SHA-256 of its text. */
    public record Entry(String name, List<String> regions, String keyHash, String createdAt) {
    }

    record ManagersFile(List<Entry> managers) {
    }

    public ContractManagerKeys(Path dataFolder, Clock clock) {
        this.file = dataFolder.resolve(FILE);
        this.clock = clock;
    }

    /** A new key for the manager (replacing an earlier key of the same name), returned only here. */
    public synchronized String add(String name, Set<String> regions) {
        if (name == null || name.isBlank() || regions.isEmpty()) {
            throw new IllegalArgumentException("a contract manager has a name and at least one contracting region");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        List<Entry> entries = new ArrayList<>(read());
        entries.removeIf(e -> e.name().equals(name.strip()));
        entries.add(new Entry(name.strip(), regions.stream().sorted().toList(), ProviderKeys.hash(key), clock.instant().toString()));
        store(entries);
        return key;
    }

    /** The manager the key belongs to, when it is one we issued and have not replaced. */
    public Optional<ContractManager> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return byHash(ProviderKeys.hash(key.strip()));
    }

    /** The manager whose key has this hash now (a browser session keeps the hash, never the key). */
    public synchronized Optional<ContractManager> byHash(String keyHash) {
        byte[] presented = HexFormat.of().parseHex(keyHash);
        Entry found = null;
        for (Entry entry : read()) { // every entry compared in constant time
            if (MessageDigest.isEqual(presented, HexFormat.of().parseHex(entry.keyHash()))) {
                found = entry;
            }
        }
        return Optional.ofNullable(found).map(e -> new ContractManager(e.name(), Set.copyOf(e.regions())));
    }

    public static String hashOf(String key) {
        return ProviderKeys.hash(key);
    }

    private List<Entry> read() {
        return OwnerOnlyFile.read(file, ManagersFile.class).map(ManagersFile::managers).orElse(List.of());
    }

    private void store(List<Entry> entries) {
        OwnerOnlyFile.replace(file, JSON.writeValueAsString(new ManagersFile(entries)));
    }
}
