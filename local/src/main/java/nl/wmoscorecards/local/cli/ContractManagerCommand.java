package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wmoscorecards.local.runtime.ContractManagerKeys;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Contract managers on the local runtime: a key per manager for the regions they manage. */
@Command(name = "contract-manager", mixinStandardHelpOptions = true,
        description = "Contract managers of the local runtime (in AWS: user-pool groups per contracting region).",
        subcommands = {ContractManagerCommand.Add.class})
public final class ContractManagerCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Issue a key for a contract manager of one or more contracting regions; prints it once.")
    static final class Add extends RuntimeCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who; recorded with every step.")
        String name;

        @Option(names = "--region", required = true, paramLabel = "ID", description = "A contracting region id (repeat for more).")
        List<String> regions;

        @Override
        int execute(LocalRuntime runtime, PrintWriter out) {
            Set<String> known = new LinkedHashSet<>();
            runtime.config().regions().contractingRegions().forEach(r -> known.add(r.id()));
            for (String region : regions) {
                if (!known.contains(region)) {
                    out.println("Unknown contracting region " + region + "; known: " + String.join(", ", known));
                    return ExitCodes.USAGE;
                }
            }
            String key = new ContractManagerKeys(runtime.dataFolder(), runtime.clock()).add(name, new LinkedHashSet<>(regions));
            out.println("Contract manager " + name.strip() + " of " + String.join(", ", regions));
            out.println("Key (shown once; only its hash is kept in " + ContractManagerKeys.FILE + "): " + key);
            return ExitCodes.OK;
        }
    }
}
