package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * Builds a site into static files. Runs in a Maven project (bound to {@code package} by default) or in a
 * folder without a pom:
 *
 * <pre>
 * mvn dev.broadsheet:broadsheet-maven-plugin:&lt;version&gt;:build -Dbroadsheet.siteDirectory=my-site
 * </pre>
 *
 * A build with errors logs each of them and fails; it leaves the output folder as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends BroadsheetMojo {

    /**
     * The site folder, the one holding {@code site.yaml}: by default the project's base directory, or the
     * current folder when Maven runs without a pom.
     */
    @Parameter(property = "broadsheet.siteDirectory", defaultValue = "${project.basedir}")
    private File siteDirectory;

    /**
     * Where the built site goes; {@code target/site} under the site folder when not set. Its contents are
     * replaced as a whole, and only by a build that succeeded.
     */
    @Parameter(property = "broadsheet.outputDirectory")
    private File outputDirectory;

    /** Whether articles and pages marked {@code draft: true} are built too. */
    @Parameter(property = "broadsheet.drafts", defaultValue = "false")
    private boolean drafts;

    /** A base URL replacing the one in {@code site.yaml}, e.g. for a preview deployment. Ends with {@code /}. */
    @Parameter(property = "broadsheet.baseUrl")
    private String baseUrl;

    /**
     * Whether the build runs in a JVM of its own, started with {@link #jvmArgs}: faster and much leaner for a
     * build with work to do. A build that finds its output up to date never starts one.
     */
    @Parameter(property = "broadsheet.fork", defaultValue = "true")
    private boolean fork;

    /**
     * The options of the forked build's JVM: the quick compiler only; the parallel collector with a young
     * generation of fixed size, so that each young collection (all threads stopped) runs on every core while the
     * heap stays small (330 MB for 5,000 articles per language, against 286 MB with the serial collector; left to
     * size the young generation itself, it grew to 700 MB); and what survives a young collection moves to the old generation at once:
     * nearly all of it (the content, the rendered bodies) lives until the build ends, and copying it between
     * survivor spaces first cost a fifth of the collector's time.
     */
    @Parameter(property = "broadsheet.jvmArgs", defaultValue = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn110m "
            + "-XX:MaxTenuringThreshold=0 -Xss4m")
    private String jvmArgs;

    /** Skips the build. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    boolean skip() {
        return skip;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path site = siteFolder(siteDirectory);
        Path output = outputDirectory != null ? outputDirectory.toPath() : site.resolve("target/site");
        BuildOptions options = BuildOptions.defaults().withDrafts(drafts).withBaseUrl(baseUrl);

        if (fork) {
            var upToDate = Broadsheet.upToDate(site, output, options);
            if (upToDate.isEmpty()) {
                new ForkedBuild(getLog()).run(site, output, drafts, baseUrl, jvmArgs);
                return;
            }
            log(upToDate.get(), output);
            return;
        }
        log(Broadsheet.build(site, output, options), output);
    }

    private void log(BuildReport report, Path output) {
        logWarnings(report.warnings());
        if (report.upToDate()) {
            getLog().info("Up to date: nothing changed since the last build of " + output + " ("
                    + count(report.pages(), "page") + ", checked in " + report.elapsed().toMillis() + " ms)");
            return;
        }
        for (BuildReport.LanguageReport language : report.languages()) {
            getLog().info(language.language() + ": " + count(language.pages(), "page") + " in "
                    + language.time().toMillis() + " ms");
        }
        getLog().info("Stages: " + report.stages().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms")
                .collect(java.util.stream.Collectors.joining(", ")));
        getLog().info("Built " + count(report.pages(), "page") + " and " + count(report.otherFiles(), "other file")
                + " in " + report.elapsed().toMillis() + " ms into " + output
                + unchanged(report.written(), report.files()));
    }
}
