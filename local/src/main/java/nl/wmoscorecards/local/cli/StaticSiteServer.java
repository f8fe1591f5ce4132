package nl.wmoscorecards.local.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small static file server on loopback for previewing the site; refuses paths outside its folder. */
public final class StaticSiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "csv", "text/csv; charset=utf-8", "svg", "image/svg+xml", "xml", "application/xml",
            "js", "text/javascript; charset=utf-8",
            "md", "text/markdown; charset=utf-8", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();

    private StaticSiteServer(HttpServer server) {
        this.server = server;
    }

    public static StaticSiteServer start(Path root, int port) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        StaticSiteServer site = new StaticSiteServer(server);
        server.createContext("/", exchange -> site.serve(base, exchange));
        server.start();
        return site;
    }

    /**
     * Serves {@code content} at the site path, before any file of the folder: what a deploy writes beside the
     * published site (the upload page's config.json), kept out of the published folder.
     */
    public void serve(String sitePath, byte[] content) {
        served.put("/" + sitePath, content.clone());
    }

    /** The origin a page of this site has, as CORS names it: http://localhost:PORT. */
    public String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    private void serve(Path base, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] own = served.get(path);
            if (own != null) {
                exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension(path), "application/octet-stream"));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, own.length);
                exchange.getResponseBody().write(own);
                return;
            }
            Path file = base.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                byte[] body = "Niet gevonden".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(extension(file.getFileName().toString()), "application/octet-stream"));
            // A preview shows the latest publish at once; nosniff keeps CSV with markup from being read as HTML.
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
