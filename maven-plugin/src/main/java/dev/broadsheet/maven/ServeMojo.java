package dev.broadsheet.maven;

import dev.broadsheet.serve.DevServer;
import dev.broadsheet.serve.ServeOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves a site while it is being written: builds it into memory, serves it on a local address, and rebuilds
 * and reloads open pages whenever a file of the site is saved. Errors are shown in the browser and here, and
 * the server keeps running until Ctrl-C. Runs in a Maven project or in a folder without a pom:
 *
 * <pre>
 * mvn dev.broadsheet:broadsheet-maven-plugin:&lt;version&gt;:serve -Dbroadsheet.siteDirectory=my-site
 * </pre>
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends BroadsheetMojo {

    /**
     * The site folder, the one holding {@code site.yaml}: by default the project's base directory, or the
     * current folder when Maven runs without a pom.
     */
    @Parameter(property = "broadsheet.siteDirectory", defaultValue = "${project.basedir}")
    private File siteDirectory;

    /** The address to listen on. Only the local machine by default. */
    @Parameter(property = "broadsheet.serve.host", defaultValue = "127.0.0.1")
    private String host;

    /** The port to listen on; 0 picks a free one, and the log says which. */
    @Parameter(property = "broadsheet.serve.port", defaultValue = "1313")
    private int port;

    /** Whether drafts are shown; they are while serving unless this is false. */
    @Parameter(property = "broadsheet.drafts", defaultValue = "true")
    private boolean drafts;

    /**
     * Whether the server runs in a JVM of its own, started with {@link #jvmArgs}: its first build is then as
     * quick as {@code build}'s, and it answers an edit just as fast.
     */
    @Parameter(property = "broadsheet.fork", defaultValue = "true")
    private boolean fork;

    /** The options of the server's JVM. */
    @Parameter(property = "broadsheet.jvmArgs", defaultValue = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m")
    private String jvmArgs;

    /** Skips serving. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    boolean skip() {
        return skip;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path site = siteFolder(siteDirectory);
        if (fork) {
            forked(site);
            return;
        }
        DevServer server;
        try {
            server = DevServer.start(site, new ServeOptions(host, port, drafts), getLog()::info);
        } catch (IOException e) {
            throw new MojoFailureException("Cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + " (is another server using the port? -Dbroadsheet.serve.port=0 picks a free one)", e);
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("Cannot watch " + site + ": " + e.getMessage(), e);
        }
        Thread stop = new Thread(server::close, "broadsheet-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info("Serving " + site + " (drafts " + (drafts ? "shown" : "hidden") + "); open:");
        server.homeUrls().forEach(url -> getLog().info("  " + url));
        getLog().info("Press Ctrl-C to stop.");
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }

    /** Runs the server in a JVM of its own, relaying its log, until Ctrl-C stops both. */
    private void forked(Path site) throws MojoExecutionException, MojoFailureException {
        List<String> arguments = new ArrayList<>(List.of("serve", "--site", site.toAbsolutePath().toString(),
                "--host", host, "--port", String.valueOf(port)));
        if (!drafts) arguments.add("--no-drafts");
        Process process;
        try {
            process = ForkedJvm.command(jvmArgs, arguments).start();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start a JVM for the server: " + e.getMessage(), e);
        }
        Thread stop = new Thread(process::destroy, "broadsheet-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        boolean announced = false;
        String fatal = null;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("LOG ")) {
                    getLog().info(line.substring(4));
                } else if (line.startsWith("URL ")) {
                    if (!announced) getLog().info("Serving " + site + " (drafts " + (drafts ? "shown" : "hidden")
                            + "); open:");
                    announced = true;
                    getLog().info("  " + line.substring(4));
                } else if (line.startsWith("FATAL ")) {
                    fatal = line.substring(6);
                } else {
                    getLog().info(line);
                }
            }
            process.waitFor();
        } catch (IOException e) {
            throw new MojoExecutionException("Lost the server's output: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroy();
        }
        if (fatal != null) {
            throw new MojoFailureException(fatal + " (is another server using the port? -Dbroadsheet.serve.port=0 "
                    + "picks a free one)");
        }
    }
}
