package dev.broadsheet.maven;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostic;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What every Broadsheet goal shares: the skip switch, and turning the core's {@link BuildException} into a
 * Maven failure, in one place. A goal declares its own parameters and implements {@link #run()}.
 *
 * <p>Each problem is logged on its own line as compilers print them, {@code [ERROR] path:line:column:
 * message}, so that editors and CI logs can link to the file; the failure itself only counts them.
 */
abstract class BroadsheetMojo extends AbstractMojo {

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("Skipping: broadsheet.skip is set");
            return;
        }
        try {
            run();
        } catch (BuildException e) {
            e.diagnostics().forEach(error -> getLog().error(error.toString()));
            throw new MojoFailureException("Broadsheet found " + count(e.diagnostics().size(), "error") + "; see above");
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Broadsheet could not read or write a file: " + e.getMessage(), e);
        }
    }

    /** Whether {@code broadsheet.skip} switches this goal off. */
    abstract boolean skip();

    /**
     * Does the goal's work by calling the core.
     *
     * @throws MojoFailureException for a failure the goal decides on itself (not for {@link BuildException})
     */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * The site folder: the one configured, else the current folder. Maven leaves {@code ${project.basedir}}
     * unset when it runs a goal without a pom, so the default needs this second step.
     */
    static Path siteFolder(File configured) {
        return configured != null ? configured.toPath() : Path.of("").toAbsolutePath();
    }

    /** Logs each warning on its own line, {@code [WARNING] path:line:column: message}. */
    void logWarnings(List<Diagnostic> warnings) {
        warnings.forEach(warning -> getLog().warn(warning.position() + ": " + warning.message()));
    }

    /**
     * What a build that wrote {@code written} of the output's {@code total} files says of the others: nothing
     * when it wrote them all, else {@code ; wrote 3 files, left 120 as they were}.
     */
    static String unchanged(int written, int total) {
        return written >= total ? "" : "; wrote " + count(written, "file") + ", left " + (total - written)
                + " as they were";
    }

    /** {@code 1 page}, {@code 2 pages}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
