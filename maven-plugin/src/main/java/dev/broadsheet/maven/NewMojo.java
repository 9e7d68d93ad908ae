package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.NewContent;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * Starts a new article, or a standalone page, in every language of a site: one Markdown file per language,
 * named alike so that they are translations of each other, with a title to write, today's date and
 * {@code draft: true}. Runs in a Maven project or in a folder without a pom:
 *
 * <pre>
 * mvn broadsheet:new -Dbroadsheet.path=economy/port-opens     content/&lt;lang&gt;/economy/&lt;today&gt;-port-opens.md
 * mvn broadsheet:new -Dbroadsheet.path=contact                content/&lt;lang&gt;/contact.md
 * </pre>
 *
 * A site's own scaffolds ({@code scaffolds/article.md}, {@code scaffolds/page.md}, or per language
 * {@code scaffolds/<lang>/…}) replace the built-in ones. An undeclared section or language, a name that is not a
 * slug, or a file that exists already fails the goal, and then nothing is written.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends BroadsheetMojo {

    /**
     * The site folder, the one holding {@code site.yaml}: by default the project's base directory, or the
     * current folder when Maven runs without a pom.
     */
    @Parameter(property = "broadsheet.siteDirectory", defaultValue = "${project.basedir}")
    private File siteDirectory;

    /**
     * What to create: {@code <section>/<slug>} for an article in a section that {@code site.yaml} declares, or
     * {@code <name>} for a standalone page. The slug and the name are lowercase letters, digits and {@code -}.
     */
    @Parameter(property = "broadsheet.path", required = true)
    private String path;

    /** The one language to create the file in; every language of the site when not set. */
    @Parameter(property = "broadsheet.language")
    private String language;

    /** Skips the goal. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    boolean skip() {
        return skip;
    }

    @Override
    void run() {
        Path site = siteFolder(siteDirectory);
        for (Path file : Broadsheet.newContent(site, NewContent.of(path).inLanguage(language))) {
            getLog().info("Created " + site.relativize(file).toString().replace('\\', '/'));
        }
    }
}
