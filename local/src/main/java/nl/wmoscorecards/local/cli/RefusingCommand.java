package nl.wmoscorecards.local.cli;

/**
 * A command on the data folder that refuses input the domain does not accept (an unknown region, an action
 * without its deadline): the {@link IllegalArgumentException} is printed as one line "Refused: ..." and the
 * command exits {@link ExitCodes#REJECTED}, not as a crash.
 */
abstract class RefusingCommand extends RuntimeCommand {
    @Override
    boolean isRefusal(Exception failure) {
        return failure instanceof IllegalArgumentException;
    }
}
