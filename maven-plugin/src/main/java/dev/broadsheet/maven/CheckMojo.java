package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.CheckReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Checks a site without writing anything: it is loaded and rendered in memory, then every link and file
 * reference in the HTML (templates included) must lead to a built page or a file of {@code static/}, every
 * article and page should exist in each language, and the Chinese text of the sources should have full-width
 * punctuation. Broken links and missing files are errors and fail the goal; missing translations and
 * half-width punctuation are warnings, which fail it only with {@code broadsheet.failOnWarnings}.
 * {@code broadsheet:fix-punctuation} fixes the punctuation.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends BroadsheetMojo {

    /**
     * The site folder, the one holding {@code site.yaml}: by default the project's base directory, or the
     * current folder when Maven runs without a pom.
     */
    @Parameter(property = "broadsheet.siteDirectory", defaultValue = "${project.basedir}")
    private File siteDirectory;

    /** Whether articles and pages marked {@code draft: true} are checked too. */
    @Parameter(property = "broadsheet.drafts", defaultValue = "false")
    private boolean drafts;

    /** A base URL replacing the one in {@code site.yaml}; links under it count as internal. */
    @Parameter(property = "broadsheet.baseUrl")
    private String baseUrl;

    /** Whether warnings (missing translations, half-width punctuation) fail the goal too. */
    @Parameter(property = "broadsheet.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /** Skips the check. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    boolean skip() {
        return skip;
    }

    @Override
    void run() throws MojoFailureException {
        BuildOptions options = BuildOptions.defaults().withDrafts(drafts).withBaseUrl(baseUrl);

        CheckReport report = Broadsheet.check(siteFolder(siteDirectory), options);

        logWarnings(report.warnings());
        getLog().info("Checked " + count(report.files(), "file") + " in " + report.elapsed().toMillis() + " ms: "
                + count(report.errors().size(), "error") + ", " + count(report.warnings().size(), "warning"));
        if (report.fixable() > 0) {
            getLog().info("broadsheet:fix-punctuation fixes the " + count(report.fixable(), "punctuation warning")
                    + " in the sources");
        }
        report.throwIfErrors();
        if (failOnWarnings && !report.warnings().isEmpty()) {
            throw new MojoFailureException("Broadsheet found " + count(report.warnings().size(), "warning")
                    + " and broadsheet.failOnWarnings is set; see above");
        }
    }
}
