package nl.wmoscorecards.local.cli;

import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Option;

/** {@code --region ID}: the contracting region a command is about; an unknown id is refused. */
final class ContractingRegionOption {
    @Option(names = "--region", required = true, paramLabel = "ID", description = "Contracting region, e.g. dwo.")
    String id;

    String id() {
        return id;
    }

    /** The configured region; an {@link IllegalArgumentException} (refused) when there is none with this id. */
    ContractingRegion of(LocalRuntime runtime) {
        return runtime.config().regions().contractingRegion(id);
    }
}
