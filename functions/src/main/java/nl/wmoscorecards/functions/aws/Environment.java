package nl.wmoscorecards.functions.aws;

/** The function's configuration from its environment (template.yaml sets it). */
public final class Environment {
    private Environment() {
    }

    /** The variable's value; a missing one stops the function's init, so a wrong stack fails loudly at once. */
    public static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
