package nl.wmoscorecards.local.cli;

/** What every scorecards command's exit code means (README, "Command line"). */
public final class ExitCodes {
    /** Done; nothing was rejected. */
    public static final int OK = 0;
    /** Input was rejected (lines, a file, a transition); the details were printed. */
    public static final int REJECTED = 1;
    /** Wrong usage: an unknown option, a missing argument, a file that does not exist. */
    public static final int USAGE = 2;
    /** The command failed: a crash, or the data folder is in use by another command. */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
