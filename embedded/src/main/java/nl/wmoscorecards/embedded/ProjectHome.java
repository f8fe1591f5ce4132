package nl.wmoscorecards.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout the CLI and the tests run from: where node_modules (dynalite, from npm install in the checkout)
 * lives. -Dscorecards.home (Maven sets it to the checkout for every module's tests) or SCORECARDS_HOME; otherwise
 * the nearest folder upwards from the working directory that has dynalite installed.
 */
public final class ProjectHome {
    private ProjectHome() {
    }

    public static Path locate() {
        String configured = System.getProperty("scorecards.home", System.getenv("SCORECARDS_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("node_modules/dynalite/cli.js"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project folder (with node_modules/dynalite); "
                + "run 'npm install' in the checkout or set SCORECARDS_HOME");
    }
}
