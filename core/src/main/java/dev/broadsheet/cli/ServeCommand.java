package dev.broadsheet.cli;

import dev.broadsheet.serve.DevServer;
import dev.broadsheet.serve.ServeOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code serve --site DIR [--host HOST] [--port PORT] [--no-drafts]}: runs the dev server, printing
 * {@code LOG line} for what it does and {@code URL url} for each language's home once it serves. It stops when
 * its standard input ends (the process that started it went away) or it is told to stop (Ctrl-C, SIGTERM).
 */
final class ServeCommand {

    private ServeCommand() {
    }

    static int run(List<String> args, PrintStream out) {
        Path site = null;
        ServeOptions options = ServeOptions.defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (arg) {
                case "--site" -> site = hasValue ? Path.of(args.get(++i)) : null;
                case "--host" -> options = hasValue ? new ServeOptions(args.get(++i), options.port(), options.drafts())
                        : null;
                case "--port" -> options = hasValue ? new ServeOptions(options.host(), Integer.parseInt(args.get(++i)),
                        options.drafts()) : null;
                case "--no-drafts" -> options = new ServeOptions(options.host(), options.port(), false);
                default -> options = null;
            }
            if (options == null) break;
        }
        if (site == null || options == null) {
            out.println("USAGE serve --site DIR [--host HOST] [--port PORT] [--no-drafts]");
            return 2;
        }
        DevServer server;
        try {
            server = DevServer.start(site, options, line -> out.println("LOG " + line));
        } catch (IOException | RuntimeException e) {
            out.println("FATAL cannot serve on " + options.host() + ":" + options.port() + ": " + e.getMessage());
            return 3;
        }
        server.homeUrls().forEach(url -> out.println("URL " + url));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "broadsheet-serve-stop"));
        Thread stdin = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is expected on standard input; its end means the parent is gone
                }
            } catch (IOException e) {
                // treated as the end
            }
            server.close();
        }, "broadsheet-serve-stdin");
        stdin.setDaemon(true);
        stdin.start();
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
