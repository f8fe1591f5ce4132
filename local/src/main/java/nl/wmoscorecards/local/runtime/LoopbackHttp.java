package nl.wmoscorecards.local.runtime;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server bound to 127.0.0.1 only, with its own small pool of threads: what the local runtime serves on. */
final class LoopbackHttp implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackHttp(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds 127.0.0.1:{@code port} (0 picks a free port); nothing is answered until {@link #serve}. */
    static LoopbackHttp bind(int port, int threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        return new LoopbackHttp(server, Executors.newFixedThreadPool(threads));
    }

    void serve(HttpHandler handler) {
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
