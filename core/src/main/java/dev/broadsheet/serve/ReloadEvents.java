package dev.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Server-Sent Events stream open pages listen to: each rebuild sends one {@code reload} event to every
 * page. A page that went away is dropped at the next event.
 */
final class ReloadEvents {

    /** Where pages connect. */
    static final String PATH = "/__broadsheet/events";
    /**
     * Where the script that listens is served: a file of the site's own origin, which the pages'
     * Content-Security-Policy allows, where an inline script would be refused.
     */
    static final String SCRIPT_PATH = "/__broadsheet/reload.js";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    /** Holds {@code exchange} open as an event stream; returns at once, the stream stays registered. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
    }

    /** Sends {@code reload} with the build's version to every open page. */
    void reload(long version) {
        byte[] event = ("event: reload\ndata: " + version + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(event);
                client.flush();
            } catch (IOException e) {
                clients.remove(client);
                closeQuietly(client);
            }
        }
    }

    /** How many pages listen. */
    int listeners() {
        return clients.size();
    }

    void closeAll() {
        clients.forEach(ReloadEvents::closeQuietly);
        clients.clear();
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the page is gone already
        }
    }

    /** The element injected into served pages (never into built output) that loads {@link #scriptCode()}. */
    static String script() {
        return "<script src=\"" + SCRIPT_PATH + "\"></script>";
    }

    /** The script at {@link #SCRIPT_PATH}: reloads the page at each {@code reload} event. */
    static byte[] scriptCode() {
        return ("(function(){var s=new EventSource('" + PATH + "');"
                + "s.addEventListener('reload',function(){location.reload();});})();\n").getBytes(StandardCharsets.UTF_8);
    }
}
