package dev.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Broadsheet's dev server: builds the site into memory, serves it, and rebuilds and reloads open pages when a
 * file of the site changes.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.start(Path.of("my-site"), ServeOptions.defaults(), System.out::println)) {
 *     server.awaitClose();
 * }
 * }</pre>
 */
public final class DevServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private final HttpServer http;
    private final ExecutorService executor;
    private final LiveSite site;
    private final ReloadEvents events = new ReloadEvents();
    private final SiteWatcher watcher;
    private final String basePath;
    private final List<String> languagePrefixes;
    private final Consumer<String> log;
    private final Object closed = new Object();
    private boolean stopped;

    private DevServer(Path siteDir, ServeOptions options, Consumer<String> log) throws IOException {
        this.log = log;
        // read once for the URLs; a broken site.yaml still serves, at "/", with its errors as the overlay
        Optional<SiteConfig> config = ConfigLoader.load(siteDir, new Diagnostics());
        this.basePath = config.map(SiteConfig::basePath).orElse("/");
        this.languagePrefixes = config
                .map(c -> c.languages().stream().map(l -> c.languagePrefix(l.key())).toList())
                .orElse(List.of(""));
        this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "broadsheet-serve");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(executor);
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        this.site = new LiveSite(siteDir, options.drafts(), "http://" + host + ":" + port() + basePath);
        long start = System.nanoTime();
        report(site.rebuild(List.of()), start);
        http.createContext("/", this::handle);
        http.start();
        this.watcher = new SiteWatcher(siteDir, this::changed);
    }

    /**
     * Builds the site in {@code siteDir} and starts serving it. The server keeps running when the site has
     * errors: it shows them until a save fixes them.
     *
     * @param log receives one line per event (builds, errors)
     */
    public static DevServer start(Path siteDir, ServeOptions options, Consumer<String> log) throws IOException {
        return new DevServer(siteDir.toAbsolutePath().normalize(), options, log);
    }

    /** The port the server listens on (the free one chosen when asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The URL of the site's root page (the default language's home). */
    public String url() {
        String host = http.getAddress().getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + port() + basePath;
    }

    /** The URL of each language's home, in the site's language order. */
    public List<String> homeUrls() {
        return languagePrefixes.stream().map(prefix -> url() + prefix).toList();
    }

    /** How many builds the server has done, the first included; tests wait on it. */
    public long version() {
        return site.snapshot().version();
    }

    /** The errors of the latest build; empty when it succeeded. */
    public List<Diagnostic> errors() {
        return site.snapshot().errors();
    }

    /** How many pages listen for reloads. */
    public int listeners() {
        return events.listeners();
    }

    /** Blocks until {@link #close()} is called. */
    public void awaitClose() throws InterruptedException {
        synchronized (closed) {
            while (!stopped) closed.wait();
        }
    }

    private void changed(List<String> changes) {
        long start = System.nanoTime();
        long before = site.snapshot().version();
        Snapshot snapshot = site.rebuild(changes.contains("") ? List.of() : changes);
        if (snapshot.version() == before) return;
        events.reload(snapshot.version());
        report(snapshot, start);
    }

    private void report(Snapshot snapshot, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (snapshot.errors().isEmpty()) {
            log.accept("Built " + snapshot.files().size() + " files in " + millis + " ms: " + site.timings());
        } else {
            log.accept("The site has " + snapshot.errors().size() + " error(s); showing them in the browser:");
            snapshot.errors().forEach(e -> log.accept("  " + e));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath().replace("+", "%2B"),
                StandardCharsets.UTF_8);
        if (path.equals(ReloadEvents.PATH)) {
            events.open(exchange); // stays open: the stream is closed when the page goes away or the server stops
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(ReloadEvents.SCRIPT_PATH)) {
                send(exchange, 200, TYPES.get("js"), ReloadEvents.scriptCode());
            } else {
                serve(exchange, path);
            }
        }
    }

    private void serve(HttpExchange exchange, String path) throws IOException {
        Snapshot snapshot = site.snapshot();
        if (!path.startsWith(basePath)) {
            if (path.equals("/") || path.equals(basePath.substring(0, basePath.length() - 1))) {
                redirect(exchange, basePath);
            } else {
                notFound(exchange, snapshot);
            }
            return;
        }
        String relative = path.substring(basePath.length());
        if (relative.contains("..")) {
            notFound(exchange, snapshot);
            return;
        }
        String file = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
        if (!snapshot.errors().isEmpty() && file.endsWith(".html")) {
            send(exchange, 500, TYPES.get("html"), Overlay.page(snapshot.errors()));
            return;
        }
        byte[] bytes = snapshot.files().get(file);
        Path staticFile = snapshot.statics().get(file);
        if (staticFile != null && Files.isRegularFile(staticFile)) bytes = Files.readAllBytes(staticFile);
        if (bytes != null) {
            send(exchange, 200, type(file), file.endsWith(".html") ? inject(bytes) : bytes);
        } else if (snapshot.files().containsKey(file + "/index.html")) {
            redirect(exchange, path + "/");
        } else {
            notFound(exchange, snapshot);
        }
    }

    private void notFound(HttpExchange exchange, Snapshot snapshot) throws IOException {
        byte[] page = snapshot.files().get("404.html");
        send(exchange, 404, TYPES.get("html"), inject(page != null ? page
                : "<!DOCTYPE html><title>Not found</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8)));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(String file) {
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The page with the reload script before its closing body tag: only pages served here get it. */
    static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        String script = ReloadEvents.script();
        String result = at < 0 ? text + script : text.substring(0, at) + script + text.substring(at);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops watching and serving; open event streams are closed. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        events.closeAll();
        http.stop(0);
        executor.shutdownNow();
        synchronized (closed) {
            stopped = true;
            closed.notifyAll();
        }
    }
}
