package nl.wmoscorecards.local.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.wmoscorecards.core.run.ReportDutyHolders;
import nl.wmoscorecards.local.runtime.LocalApiServer;
import nl.wmoscorecards.local.runtime.LocalRuntime;

/**
 * The providers' upload page on the local runtime, next to the served site: the upload API on a port of its own,
 * answering CORS for the site's origin (as in AWS, where the API has its own domain), the S3 server with the
 * bucket's CORS rule, the ObjectCreated events delivered as browsers PUT files, and the page's config.json (what
 * the deploy writes beside the page in AWS) served by the site server. For a demo data folder it prints a fresh
 * API key of one demo provider, so the page can be tried at once.
 */
final class UploadPageServing {
    static final String PAGE = "aanleveren/";
    static final String CONFIG = "aanleveren/config.json";
    private static final Duration DELIVERY_INTERVAL = Duration.ofMillis(500);

    private UploadPageServing() {
    }

    /** Whether the data folder has providers to sign in: otherwise the site is served without the API. */
    static boolean hasProviders(Path dataFolder) {
        return Files.isRegularFile(dataFolder.resolve(nl.wmoscorecards.local.runtime.ProviderKeys.FILE));
    }

    /** Opens the runtime for the served site's origin, starts the API and prints the page's address (and a demo key). */
    static LocalRuntime start(Path dataFolder, StaticSiteServer site, PrintWriter out) throws IOException {
        LocalRuntime runtime = LocalRuntime.open(dataFolder, site.origin());
        try {
            LocalApiServer api = runtime.startApi(0);
            runtime.deliverUploadsAsTheyArrive(DELIVERY_INTERVAL);
            site.serve(CONFIG, ("{\"signIn\":\"api-key\",\"apiUrl\":\"" + api.endpoint() + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.println("Provider upload page: " + site.url().resolve(PAGE) + " (upload API on " + api.endpoint()
                    + ", for pages of " + site.origin() + " only)");
            demoKey(runtime).ifPresentOrElse(
                    key -> out.println("Demo provider " + key.getKey() + ", API key for the upload page: " + key.getValue()),
                    () -> out.println("Sign in with a provider's API key (./scorecards provider add ... prints one)."));
            return runtime;
        } catch (IOException | RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /**
     * In a demo data folder: a new key for the first demo provider (by AGB code) with uploads, preferably one with
     * report duties this year or last, which revokes the one the demo's
     * own uploads used. Never in another folder: there it would revoke a real provider's key.
     */
    private static Optional<Map.Entry<String, String>> demoKey(LocalRuntime runtime) {
        if (!Files.isDirectory(runtime.dataFolder().resolve("demo-input"))) {
            return Optional.empty();
        }
        // One with reports already delivered and reports its regions require, so both lists on the page show something.
        Set<String> owing = new TreeSet<>();
        int thisYear = LocalDate.now(runtime.clock()).getYear();
        for (int year : List.of(thisYear, thisYear - 1)) {
            ReportDutyHolders.stored(runtime.config().regions(), runtime.stores().kpiResults(), year,
                    runtime.config().regions().contractingRegions()).forEach((region, providers) -> {
                        if (!runtime.config().performanceAgreements().of(region).reportDuties().isEmpty()) {
                            owing.addAll(providers);
                        }
                    });
        }
        Map<String, String> names = new TreeMap<>(runtime.providerKeys().names());
        return Stream.concat(names.entrySet().stream().filter(p -> owing.contains(p.getKey())), names.entrySet().stream())
                .filter(p -> !runtime.uploadStore().uploadsOf(p.getKey()).isEmpty()).findFirst()
                .map(p -> Map.entry(p.getValue() + " (AGB " + p.getKey() + ")",
                        runtime.providerKeys().add(p.getKey(), p.getValue())));
    }
}
