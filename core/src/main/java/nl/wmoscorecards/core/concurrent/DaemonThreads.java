package nl.wmoscorecards.core.concurrent;

import java.util.concurrent.ThreadFactory;

/** Named daemon threads for the pools of the run and the stores: a pool left behind never keeps a JVM alive. */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
