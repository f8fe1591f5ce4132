package nl.wmoscorecards.local.cli;

import java.util.concurrent.Callable;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Provider accounts on the embedded runtime (in AWS: the Cognito user pool). */
@Command(name = "provider", mixinStandardHelpOptions = true, description = "Manage provider accounts.",
        subcommands = ProviderCommand.Add.class)
public final class ProviderCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Register a provider and print its API key once; only a hash of the key is stored.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--agb", required = true, description = "The provider's 8-digit AGB code.")
        String agb;

        @Option(names = "--name", required = true, description = "The provider's name, as the site shows it.")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LocalRuntime runtime = LocalRuntime.open(data.folder())) {
                String key = runtime.providerKeys().add(agb, name);
                spec.commandLine().getOut().println("Provider " + agb + " (" + name + ") registered.");
                spec.commandLine().getOut().println("API key (shown once; give it to the provider, then forget it):");
                spec.commandLine().getOut().println(key);
            }
            return 0;
        }
    }
}
