package nl.wmoscorecards.local.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.application.InternalEditionSite;
import nl.wmoscorecards.application.RegionalInternalEdition;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.local.runtime.ContractManagerKeys;
import nl.wmoscorecards.local.runtime.FolderRegionalEditions;
import nl.wmoscorecards.local.runtime.InternalEditionServer;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.site.PreviousPublication;
import nl.wmoscorecards.site.Publication;
import nl.wmoscorecards.site.StaleFiles;

/**
 * The internal editions for contract managers, locally: each contracting region's edition published into
 * {@code DATA/internal-site/REGION/}, served behind the managers' keys with the ladder's forms working
 * ({@code serve --internal}, {@code demo --serve}).
 */
public final class ContractManagerSite implements AutoCloseable {
    static final String DEMO_MANAGER = "Demo contractmanager";
    private final InternalEditionServer server;

    private ContractManagerSite(InternalEditionServer server) {
        this.server = server;
    }

    /** Publishes every region's edition (so it shows the stores as they are now) and starts serving them. */
    public static ContractManagerSite start(LocalRuntime runtime, int port, PrintWriter out) throws IOException {
        FolderRegionalEditions editions = new FolderRegionalEditions(runtime.dataFolder());
        publishAll(runtime, editions, out);
        InternalEditionSite site = new InternalEditionSite(runtime.config(), runtime.stores(), editions,
                () -> runtime.providerKeys().names(), runtime.clock());
        return new ContractManagerSite(InternalEditionServer.start(site,
                new ContractManagerKeys(runtime.dataFolder(), runtime.clock()), port));
    }

    static void publishAll(LocalRuntime runtime, FolderRegionalEditions editions, PrintWriter out) throws IOException {
        Progress progress = new Progress(out);
        LocalDate today = LocalDate.now(runtime.clock().withZone(DutchTime.ZONE));
        Map<String, String> names = runtime.providerKeys().names();
        int files = 0;
        for (ContractingRegion region : runtime.config().regions().contractingRegions()) {
            Path folder = editions.folder(region.id());
            StaleFiles.checkOwned(folder);
            List<Path> written = RegionalInternalEdition.render(
                    RegionalInternalEdition.model(runtime.config(), runtime.stores(), region.id(), names, today),
                    new Publication(today, PreviousPublication.folder(folder)), folder);
            StaleFiles.removeAllBut(folder, written);
            files += written.size();
        }
        progress.done("internal editions", runtime.config().regions().contractingRegions().size()
                + " contracting regions, " + files + " files in " + runtime.dataFolder().resolve(FolderRegionalEditions.FOLDER));
    }

    /**
     * A key for a demo contract manager of the region with the most escalations on step 1 (so there is one to
     * act on), or of the first region when none has one.
     */
    public static DemoKey demoKey(LocalRuntime runtime) {
        List<Escalation> all = runtime.stores().escalations().all();
        String region = runtime.config().regions().contractingRegions().stream()
                .max(Comparator.comparingLong((ContractingRegion r) -> all.stream()
                        .filter(e -> e.contractingRegion().equals(r.id()) && e.state() == EscalationState.SIGNALLED).count())
                        .thenComparing(ContractingRegion::id, Comparator.reverseOrder()))
                .map(ContractingRegion::id).orElseThrow();
        String name = DEMO_MANAGER + " " + runtime.config().regions().contractingRegion(region).name();
        String key = new ContractManagerKeys(runtime.dataFolder(), runtime.clock()).add(name, Set.of(region));
        return new DemoKey(region, runtime.config().regions().contractingRegion(region).name(), key);
    }

    public record DemoKey(String region, String regionName, String key) {
    }

    public URI url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
    }
}
