package nl.wmoscorecards.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import nl.wmoscorecards.application.RegionalInternalEdition;

/** Each contracting region's internal edition in its own folder, {@code DATA/internal-site/REGION/}. */
public final class FolderRegionalEditions implements RegionalInternalEdition.Target {
    public static final String FOLDER = "internal-site";
    private final Path root;

    public FolderRegionalEditions(Path dataFolder) {
        this.root = dataFolder.resolve(FOLDER).toAbsolutePath().normalize();
    }

    public Path folder(String region) {
        Path folder = root.resolve(region).normalize();
        if (!folder.getParent().equals(root)) {
            throw new IllegalArgumentException("not a region folder: " + region);
        }
        return folder;
    }

    @Override
    public Optional<byte[]> read(String region, String sitePath) {
        Path file = file(region, sitePath);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void write(String region, String sitePath, byte[] bytes) {
        Path file = file(region, sitePath);
        try {
            Files.createDirectories(file.getParent());
            // Whole files only: a browser reading the page meanwhile gets the old or the new one.
            Path next = file.resolveSibling(file.getFileName() + ".new");
            Files.write(next, bytes);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Path file(String region, String sitePath) {
        Path base = folder(region);
        Path file = base.resolve(sitePath).normalize();
        if (!file.startsWith(base)) {
            throw new IllegalArgumentException("site path " + sitePath + " leaves the region's edition");
        }
        return file;
    }
}
