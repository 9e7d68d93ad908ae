package dev.broadsheet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a build through the core's command line ({@code dev.broadsheet.cli.Main}) in a JVM of its own, and
 * relays what it prints to Maven's log. A build is a short, busy run: Maven's JVM spends a third of its CPU
 * compiling hot code with its optimizing compiler, which a run this short never pays back, and keeps a heap
 * sized for long-lived processes. The forked JVM uses the quick compiler only and a small, fixed young
 * generation ({@code BuildMojo}'s {@code jvmArgs}), so the same build takes about a third less CPU and a fraction of
 * the memory.
 */
final class ForkedBuild {

    private final Log log;

    ForkedBuild(Log log) {
        this.log = log;
    }

    void run(Path site, Path output, boolean drafts, String baseUrl, String jvmArgs)
            throws MojoExecutionException, MojoFailureException {
        List<String> arguments = new ArrayList<>(List.of("build",
                "--site", site.toAbsolutePath().toString(), "--out", output.toAbsolutePath().toString(),
                // the pipe to its standard input stays open while Maven runs: the build ends when Maven does
                "--end-with-input"));
        if (drafts) arguments.add("--drafts");
        if (baseUrl != null && !baseUrl.isBlank()) arguments.addAll(List.of("--base-url", baseUrl));
        int errors = 0;
        int status;
        try {
            Process process = ForkedJvm.command(jvmArgs, arguments).start();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (relay(line, output)) errors++;
                }
            }
            status = process.waitFor();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start a JVM for the build: " + e.getMessage()
                    + " (-Dbroadsheet.fork=false builds in Maven's JVM)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while building", e);
        }
        if (status == 1 && errors > 0) {
            throw new MojoFailureException("Broadsheet found " + BroadsheetMojo.count(errors, "error") + "; see above");
        }
        if (status != 0) throw new MojoExecutionException("The build's JVM ended with status " + status);
    }

    /** Logs one line of the command line's output; returns whether it was an error. */
    private boolean relay(String line, Path output) {
        int space = line.indexOf(' ');
        String word = space < 0 ? line : line.substring(0, space);
        String rest = space < 0 ? "" : line.substring(space + 1);
        switch (word) {
            case "ERROR" -> {
                log.error(rest);
                return true;
            }
            case "WARNING" -> log.warn(rest);
            case "FATAL" -> log.error("Broadsheet failed: " + rest);
            case "LANGUAGE" -> {
                String[] f = rest.split(" ");
                log.info(f[0] + ": " + f[1] + " pages in " + f[5] + " ms");
            }
            case "STAGES" -> log.info("Stages: " + rest);
            case "BUILT" -> {
                String[] f = rest.split(" ");
                // BUILT <pages> pages <other> files <ms> ms <written> written <total> total
                log.info("Built " + f[0] + " pages and " + f[2] + " other files in " + f[4] + " ms into "
                        + output.toAbsolutePath()
                        + BroadsheetMojo.unchanged(Integer.parseInt(f[6]), Integer.parseInt(f[8])));
            }
            case "UPTODATE" -> log.info("Up to date: nothing changed since the last build of "
                    + output.toAbsolutePath() + " (" + rest + ")");
            default -> log.info(line);
        }
        return false;
    }
}
