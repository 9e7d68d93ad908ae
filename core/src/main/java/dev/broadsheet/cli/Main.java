package dev.broadsheet.cli;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildReport;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.diagnostics.BuildException;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code build --site DIR --out DIR [--drafts] [--base-url URL] [--end-with-input]}: builds a site and prints
 * one line per fact,
 * ({@code serve …} runs the dev server instead, see {@link ServeCommand});
 * each starting with a word a caller can act on: {@code LANGUAGE zh 23 pages 24 files 189 ms},
 * {@code STAGES load 75 ms, …}, {@code UPTODATE 46 pages}, {@code BUILT 46 pages 3 files 401 ms},
 * {@code WARNING path:line: message}, {@code ERROR path:line:column: message}, {@code FATAL problem}. Exits
 * with 0 on success, 1 when the site has errors, 2 on a wrong command line, 3 when Broadsheet itself failed (with
 * {@code -Dbroadsheet.trace=true} its stack trace on the error stream) or, with {@code --end-with-input}, when
 * standard input ended before the build did.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), out));
    }

    /** Runs the command; returns the exit status. */
    static int run(List<String> args, PrintStream out) {
        if (!args.isEmpty() && args.get(0).equals("serve")) return ServeCommand.run(args.subList(1, args.size()), out);
        if (args.isEmpty() || !args.get(0).equals("build")) return usage(out);
        Path site = null;
        Path output = null;
        BuildOptions options = BuildOptions.defaults();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (arg) {
                case "--site" -> site = hasValue ? Path.of(args.get(++i)) : null;
                case "--out" -> output = hasValue ? Path.of(args.get(++i)) : null;
                case "--drafts" -> options = options.withDrafts(true);
                case "--base-url" -> options = options.withBaseUrl(hasValue ? args.get(++i) : null);
                case "--end-with-input" -> endWithInput();
                default -> {
                    return usage(out);
                }
            }
        }
        if (site == null || output == null) return usage(out);
        try {
            BuildReport report = Broadsheet.build(site, output, options);
            print(report, out);
            return 0;
        } catch (BuildException e) {
            e.diagnostics().forEach(d -> out.println("ERROR " + d));
            return 1;
        } catch (RuntimeException | Error e) {
            // one line, as every other fact; the stack trace only when asked for
            out.println("FATAL " + e);
            if (Boolean.getBoolean("broadsheet.trace")) e.printStackTrace();
            return 3;
        }
    }

    /**
     * Ends the JVM when its standard input ends: the plugin's build goal keeps a pipe to it open for as long
     * as Maven runs, and however Maven ends (a cancelled CI job kills it outright) the pipe closes with it. The
     * shutdown hooks run, so the build's staging folder goes with it and the output stays as it was.
     */
    private static void endWithInput() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is expected on standard input
                }
            } catch (java.io.IOException e) {
                // treated as the end
            }
            System.exit(3);
        }, "broadsheet-build-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void print(BuildReport report, PrintStream out) {
        report.warnings().forEach(w -> out.println("WARNING " + w.position() + ": " + w.message()));
        if (report.upToDate()) {
            out.println("UPTODATE " + report.pages() + " pages " + report.elapsed().toMillis() + " ms");
            return;
        }
        report.languages().forEach(l -> out.println("LANGUAGE " + l.language() + " " + l.pages() + " pages "
                + l.files() + " files " + l.time().toMillis() + " ms"));
        out.println("STAGES " + report.stages().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms").collect(Collectors.joining(", ")));
        out.println("BUILT " + report.pages() + " pages " + report.otherFiles() + " files "
                + report.elapsed().toMillis() + " ms " + report.written() + " written " + report.files() + " total");
    }

    private static int usage(PrintStream out) {
        out.println("USAGE build --site DIR --out DIR [--drafts] [--base-url URL] [--end-with-input]");
        out.println("USAGE serve --site DIR [--host HOST] [--port PORT] [--no-drafts]");
        return 2;
    }
}
