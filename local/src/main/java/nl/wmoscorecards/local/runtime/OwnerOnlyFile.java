package nl.wmoscorecards.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file of key hashes, readable by the owner only (mode 600). It is replaced whole: written beside it
 * first, so a reader never sees half a file and the text is never readable by others, not even for a moment.
 */
final class OwnerOnlyFile {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OwnerOnlyFile() {
    }

    /** The file's content; empty while no key has been made. */
    static <T> Optional<T> read(Path file, Class<T> type) {
        return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), type)) : Optional.empty();
    }

    static void replace(Path file, String text) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            restrict(temporary);
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions apply.
        }
    }
}
