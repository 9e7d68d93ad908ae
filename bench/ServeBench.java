// Measures broadsheet:serve on a large site: the first build of the dev server (in a fresh JVM), then the time
// from saving an edited article to the reload event reaching a listening page, over 20 edits. With a third
// argument "build" it times a plain cold build instead, for comparison.
//   bash bench/serve.sh            (builds the classpath, makes the corpus, runs this)
import dev.broadsheet.BuildOptions;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.serve.DevServer;
import dev.broadsheet.serve.ServeOptions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

public class ServeBench {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (args.length > 2 && args[2].equals("build")) {
            // a cold plain build in this fresh JVM, to compare with the server's first build in another one
            Path out = Files.createTempDirectory("serve-bench").resolve("site");
            long buildStart = System.nanoTime();
            Broadsheet.build(site, out, BuildOptions.defaults().withDrafts(true));
            System.out.println("build: " + (System.nanoTime() - buildStart) / 1_000_000 + " ms");
            System.exit(0);
        }

        long serveStart = System.nanoTime();
        DevServer server = DevServer.start(site, new ServeOptions("127.0.0.1", 0, true),
                line -> { if (System.getenv("VERBOSE") != null) System.out.println(line); });
        long serveMillis = (System.nanoTime() - serveStart) / 1_000_000;

        System.out.println("serve first build: " + serveMillis + " ms");
        if (edits == 0) {
            server.close();
            System.exit(0);
        }
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> events = client.send(HttpRequest.newBuilder(
                URI.create(server.url() + "__broadsheet/events")).build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> events.body().forEach(line -> {
            if (line.equals("event: reload")) reloads.add(System.nanoTime());
        }));
        reader.setDaemon(true);
        reader.start();
        while (server.listeners() == 0) Thread.sleep(5);

        List<Path> articles;
        try (Stream<Path> walk = Files.walk(site.resolve("content/zh"))) {
            articles = walk.filter(p -> p.toString().endsWith(".md") && p.getParent().getFileName().toString()
                    .matches("[a-z]+") && !p.getParent().equals(site.resolve("content/zh"))).sorted().toList();
        }
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < edits; i++) {
            Path article = articles.get((i * 7919) % articles.size());
            String text = Files.readString(article, StandardCharsets.UTF_8);
            Thread.sleep(300);
            reloads.clear();
            long cpuBefore = os.getProcessCpuTime();
            long saved = System.nanoTime();
            Files.writeString(article, text + "\n编辑第" + i + "次。\n", StandardCharsets.UTF_8);
            Long reloaded = reloads.poll(30, TimeUnit.SECONDS);
            if (reloaded == null) throw new IllegalStateException("no reload after edit " + i);
            millis.add((reloaded - saved) / 1_000_000);
            cpuMillis.add((os.getProcessCpuTime() - cpuBefore) / 1_000_000);
            Files.writeString(article, text, StandardCharsets.UTF_8);
            reloads.poll(30, TimeUnit.SECONDS); // the restore's own reload
        }
        server.close();
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.println("edit -> reload event, " + edits + " edits: median " + median + " ms, min "
                + sorted.get(0) + " ms, max " + sorted.get(sorted.size() - 1) + " ms");
        System.out.println("each: " + millis);
        List<Long> cpu = new ArrayList<>(cpuMillis);
        Collections.sort(cpu);
        System.out.println("CPU time of the whole process per edit (all threads): median " + cpu.get(cpu.size() / 2)
                + " ms; each: " + cpuMillis);
        System.exit(0);
    }
}
