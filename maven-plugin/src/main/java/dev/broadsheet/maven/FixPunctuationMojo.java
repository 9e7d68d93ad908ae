package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.FixReport;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Fixes the punctuation that {@code broadsheet:check} warns about in the Chinese text of a site's Markdown
 * sources ({@code ,} to {@code ，}, {@code (中国)} to {@code （中国）}, {@code ...} to {@code ……}, straight
 * quotes to curly ones), in place, and prints each change as {@code path:line:column: ',' -> '，'}. Nothing
 * else in a file changes: front matter layout, line endings and a byte order mark stay. Run it on purpose; it
 * is bound to no phase, and {@code broadsheet:build} never writes sources.
 *
 * <pre>
 * mvn dev.broadsheet:broadsheet-maven-plugin:&lt;version&gt;:fix-punctuation
 * </pre>
 */
@Mojo(name = "fix-punctuation", requiresProject = false, threadSafe = true)
public class FixPunctuationMojo extends BroadsheetMojo {

    /**
     * The site folder, the one holding {@code site.yaml}: by default the project's base directory, or the
     * current folder when Maven runs without a pom.
     */
    @Parameter(property = "broadsheet.siteDirectory", defaultValue = "${project.basedir}")
    private File siteDirectory;

    /** Whether articles and pages marked {@code draft: true} are fixed too. */
    @Parameter(property = "broadsheet.drafts", defaultValue = "false")
    private boolean drafts;

    /** Skips the fix. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    boolean skip() {
        return skip;
    }

    @Override
    void run() {
        BuildOptions options = BuildOptions.defaults().withDrafts(drafts);

        FixReport report = Broadsheet.fixPunctuation(siteFolder(siteDirectory), options);

        report.corrections().forEach(correction -> getLog().info(correction.toString()));
        if (report.corrections().isEmpty()) {
            getLog().info("Nothing to fix: the Chinese text has no punctuation the check warns about ("
                    + report.elapsed().toMillis() + " ms)");
        } else {
            getLog().info("Fixed " + count(report.corrections().size(), "place") + " in "
                    + count(report.files(), "file") + " in " + report.elapsed().toMillis() + " ms");
        }
    }
}
