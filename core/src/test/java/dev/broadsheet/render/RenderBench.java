package dev.broadsheet.render;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A manual benchmark, not a test: loads a site and renders every page of every language on one thread, so that
 * the template stage can be timed and profiled without the thread pool and the file system in the way.
 *
 * <pre>{@code
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp <test classpath> dev.broadsheet.render.RenderBench SITE [WARM [TIMED]]
 * }</pre>
 *
 * Each pass builds every page's {@link TemplateCall} and renders it with the site's {@link TemplateEngine}, then
 * runs every job of the render stage as a build does ({@link JobRunner}: views, digests, templates, feeds,
 * sitemap, assets, aliases), handing the files to a sink that only counts them. For each pass it prints the
 * thread CPU time of building the views, of rendering them and of all jobs, the total bytes rendered and the start
 * of their SHA-256 (the same in every pass, and across changes that must not change the output); last the minimum
 * and median of the {@code TIMED} passes that follow {@code WARM} untimed ones.
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path siteDir = Path.of(args[0]);
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int timed = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Site site = Broadsheet.load(siteDir, BuildOptions.defaults());
        Diagnostics diagnostics = new Diagnostics();
        SiteRenderer renderer = new SiteRenderer(siteDir, site, diagnostics);
        TemplateEngine engine = renderer.engine();
        PageViews views = renderer.views();
        List<Job.LocalizedPage> pages = renderer.localizedPages();
        List<Job> jobs = renderer.jobs(pages);
        diagnostics.throwIfErrors();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> renderTimes = new ArrayList<>();
        List<Long> jobTimes = new ArrayList<>();
        for (int pass = 0; pass < warm + timed; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            List<TemplateCall> calls = new ArrayList<>(pages.size());
            for (Job.LocalizedPage page : pages) calls.add(views.localized(page));
            long built = threads.getCurrentThreadCpuTime();
            long bytes = 0;
            List<byte[]> rendered = new ArrayList<>(calls.size());
            for (TemplateCall call : calls) rendered.add(engine.render(call));
            long end = threads.getCurrentThreadCpuTime();
            long[] jobBytes = {0};
            // a new digest memory every pass, so that every pass digests every document as a build does
            JobRunner runner = renderer.runner(pages, new TemplateErrors(engine::sourceName), new ModelDigest(),
                    PreviousRender.NONE);
            for (Job job : jobs) runner.run(job, file -> jobBytes[0] += file.content().length);
            long ran = threads.getCurrentThreadCpuTime();
            if (pass >= warm) {
                renderTimes.add((end - built) / 1_000_000);
                jobTimes.add((ran - end) / 1_000_000);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] page : rendered) {
                sha.update(page);
                bytes += page.length;
            }
            System.out.printf("%s pass %d: views %d ms, render %d ms, %d pages, %d bytes, sha256 %s; all jobs %d ms, "
                    + "%d files, %d bytes%n", pass < warm ? "warm" : "timed", pass + 1, (built - start) / 1_000_000,
                    (end - built) / 1_000_000, calls.size(), bytes, HexFormat.of().formatHex(sha.digest()).substring(0, 16),
                    (ran - end) / 1_000_000, jobs.size(), jobBytes[0]);
        }
        if (timed > 0) {
            Collections.sort(renderTimes);
            Collections.sort(jobTimes);
            System.out.printf("CPU over %d timed passes: render min %d ms, median %d ms; all jobs min %d ms, median %d ms%n",
                    timed, renderTimes.get(0), renderTimes.get(timed / 2), jobTimes.get(0), jobTimes.get(timed / 2));
        }
    }
}
