package dev.broadsheet.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A built site served the way a static host serves it: {@code /a/} is {@code a/index.html}, a missing file is
 * {@code /404.html} with status 404. Listens on 127.0.0.1 on a free port, so nothing outside this machine can
 * reach it and the tests can tell its requests from any others.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "png", "image/png", "jpg", "image/jpeg", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8",
            "json", "application/json", "gz", "application/gzip");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private StaticServer(Path root) throws IOException {
        this.root = root.toRealPath();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Serves {@code root} until closed. */
    static StaticServer serve(Path root) {
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException(root + " holds no built site; run `mvn package` first");
        }
        try {
            return new StaticServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of a site path such as {@code /en/} or {@code /tags/红色物业/}. */
    URI url(String sitePath) {
        try {
            return URI.create(origin() + new URI(null, null, sitePath, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(sitePath, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, what every URL of this server starts with. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = resolve(path);
            int status = 200;
            if (file == null) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The file a path names, or null when there is none (or the path leaves the root). */
    private Path resolve(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.endsWith("/")) relative += "index.html";
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) return null;
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        return Files.isRegularFile(file) ? file : null;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
