package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Provider accounts on the embedded runtime (in AWS: the Cognito user pool). */
@Command(name = "provider", mixinStandardHelpOptions = true, description = "Manage provider accounts.",
        subcommands = ProviderCommand.Add.class)
public final class ProviderCommand {
    static final int MAX_NAME = 200;

    /**
     * Why a provider name cannot be registered, in Dutch: the name is a heading on the site and in the dossier,
     * so a line break, tab or other control character (which split a heading) is refused, not cleaned up.
     */
    static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Geef de naam van de zorgaanbieder (--name).");
        }
        boolean control = name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.FORMAT && c != 0x200D);
        if (control) {
            return Optional.of("De naam bevat een stuurteken (zoals een regeleinde of tab). Typ de naam op één regel,"
                    + " zonder stuurtekens.");
        }
        if (name.strip().codePointCount(0, name.strip().length()) > MAX_NAME) {
            return Optional.of("De naam is langer dan " + MAX_NAME + " tekens. Gebruik de naam zoals die in het AGB-register staat.");
        }
        return Optional.empty();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Register a provider and print its API key once; only a hash of the key is stored.")
    static final class Add extends RuntimeCommand {
        @Option(names = "--agb", required = true, description = "The provider's 8-digit AGB code.")
        String agb;

        @Option(names = "--name", required = true, description = "The provider's name, as the site shows it.")
        String name;

        @Override
        OptionalInt usageProblem(PrintWriter out) {
            Optional<String> wrongName = nameProblem(name);
            wrongName.ifPresent(err()::println);
            return wrongName.isPresent() ? OptionalInt.of(ExitCodes.USAGE) : OptionalInt.empty();
        }

        @Override
        int execute(LocalRuntime runtime, PrintWriter out) throws Exception {
            String key = runtime.providerKeys().add(agb, name);
            out.println("Provider " + agb + " (" + name + ") registered.");
            out.println("API key (shown once; give it to the provider, then forget it):");
            out.println(key);
            return ExitCodes.OK;
        }
    }
}
