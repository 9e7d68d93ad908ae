package dev.broadsheet.markdown;

import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: a tool that runs {@link BodyHtmlWriter} against flexmark's {@code HtmlRenderer} on every body
 * of a site folder, such as the benchmark corpus made by {@code MakeCorpus.java}. With the test classpath:
 *
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:DEPENDENCIES dev.broadsheet.markdown.CorpusHtml \
 *     compare SITE          # every body, raw HTML dropped and kept: the count compared and the mismatches
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp ... dev.broadsheet.markdown.CorpusHtml \
 *     time SITE [WARM] [TIMED]   # single-threaded CPU time of a pass over all bodies, each way
 * </pre>
 *
 * Front matter is cut off as the content loader does; every relative {@code .md} link resolves.
 */
public final class CorpusHtml {

    private static final LinkResolver ALL_PAGES = target -> "/pages/" + target;

    private CorpusHtml() {
    }

    /** A body and where it starts in its file. */
    private record Body(SourcePosition start, String markdown) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !args[0].equals("compare") && !args[0].equals("time")) {
            System.err.println("usage: CorpusHtml compare SITE | CorpusHtml time SITE [WARM] [TIMED]");
            System.exit(2);
        }
        List<Body> bodies = bodies(Path.of(args[1]));
        if (args[0].equals("compare")) {
            boolean same = compare(bodies, false) & compare(bodies, true);
            System.exit(same ? 0 : 1);
        } else {
            time(bodies, args.length > 2 ? Integer.parseInt(args[2]) : 5, args.length > 3 ? Integer.parseInt(args[3]) : 10);
        }
    }

    private static List<Body> bodies(Path site) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<Body> bodies = new ArrayList<>(files.size());
        for (Path file : files) {
            String text = Files.readString(file);
            String relative = site.relativize(file).toString();
            bodies.add(body(relative, text));
        }
        return bodies;
    }

    /** The body after the front matter between the first two {@code ---} lines, or all of it. */
    private static Body body(String file, String text) {
        if (text.startsWith("---\n")) {
            int line = 2;
            int position = 4;
            while (position < text.length()) {
                int end = text.indexOf('\n', position);
                end = end < 0 ? text.length() : end;
                String current = text.substring(position, end).stripTrailing();
                if (current.equals("---") || current.equals("...")) {
                    return new Body(SourcePosition.of(file, line + 1),
                            end >= text.length() ? "" : text.substring(end + 1));
                }
                position = end + 1;
                line++;
            }
        }
        return new Body(SourcePosition.of(file, 1), text);
    }

    private static boolean compare(List<Body> bodies, boolean rawHtml) {
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownConfig(rawHtml));
        int mismatches = 0;
        for (Body body : bodies) {
            String expected = renderer.flexmarkHtml(parse(renderer, body));
            String actual = renderer.html(parse(renderer, body));
            if (!expected.equals(actual)) {
                mismatches++;
                if (mismatches <= 3) {
                    System.out.println("MISMATCH " + body.start() + "\n--- flexmark\n" + expected + "\n--- writer\n"
                            + actual);
                }
            }
        }
        System.out.printf("rawHtml=%s: %d bodies compared, %d mismatches, %d left to flexmark%n", rawHtml,
                bodies.size(), mismatches, renderer.flexmarkFallbacks());
        return mismatches == 0;
    }

    private static MarkdownRenderer.Parsed parse(MarkdownRenderer renderer, Body body) {
        return renderer.parse(body.start(), body.markdown(), ALL_PAGES, new Diagnostics());
    }

    /**
     * Times passes over all bodies on this thread: parsing and walking, then the HTML of the parsed bodies
     * each way. The passes alternate, so that both ways see the same machine.
     */
    private static void time(List<Body> bodies, int warm, int timed) {
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownConfig.DEFAULT);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] totals = new long[3];
        long sink = 0;
        for (int pass = 0; pass < warm + timed; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            List<MarkdownRenderer.Parsed> parsed = new ArrayList<>(bodies.size());
            for (Body body : bodies) {
                parsed.add(parse(renderer, body));
            }
            long parsedAt = threads.getCurrentThreadCpuTime();
            for (MarkdownRenderer.Parsed body : parsed) {
                sink += renderer.flexmarkHtml(body).length();
            }
            long flexmarkAt = threads.getCurrentThreadCpuTime();
            for (MarkdownRenderer.Parsed body : parsed) {
                sink += renderer.html(body).length();
            }
            long writerAt = threads.getCurrentThreadCpuTime();
            boolean counted = pass >= warm;
            System.out.printf("%s pass %d: parse+walk %d ms, flexmark HTML %d ms, writer HTML %d ms%n",
                    counted ? "timed" : "warm", pass + 1, (parsedAt - start) / 1_000_000,
                    (flexmarkAt - parsedAt) / 1_000_000, (writerAt - flexmarkAt) / 1_000_000);
            if (counted) {
                totals[0] += parsedAt - start;
                totals[1] += flexmarkAt - parsedAt;
                totals[2] += writerAt - flexmarkAt;
            }
        }
        double parse = totals[0] / 1e6 / timed;
        double flexmark = totals[1] / 1e6 / timed;
        double writer = totals[2] / 1e6 / timed;
        System.out.printf("%d bodies, mean of %d timed passes (CPU ms per pass):%n", bodies.size(), timed);
        System.out.printf("  parse+walk     %8.1f%n", parse);
        System.out.printf("  HTML flexmark  %8.1f%n", flexmark);
        System.out.printf("  HTML writer    %8.1f   (%.1fx faster)%n", writer, flexmark / writer);
        System.out.printf("  whole render   %8.1f -> %8.1f   (%.2fx)%n", parse + flexmark, parse + writer,
                (parse + flexmark) / (parse + writer));
        System.out.println("  left to flexmark: " + renderer.flexmarkFallbacks() + " (checksum " + sink + ")");
    }
}
