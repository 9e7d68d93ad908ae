package dev.broadsheet;

import dev.broadsheet.check.LinkChecker;
import dev.broadsheet.check.TranslationChecker;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostics;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Broadsheet's public entry point: load a site folder into its typed model, or build it into a static site.
 *
 * <pre>{@code
 * BuildReport report = Broadsheet.build(Path.of("my-site"), Path.of("my-site/target/site"), BuildOptions.defaults());
 * Site site = Broadsheet.load(Path.of("my-site"), BuildOptions.defaults());
 * CheckReport check = Broadsheet.check(Path.of("my-site"), BuildOptions.defaults());
 * }</pre>
 *
 * All three throw {@link BuildException} carrying every problem found, each with file and line.
 */
public final class Broadsheet {

    private Broadsheet() {
    }

    /**
     * Builds the site in {@code siteDir} into {@code outputDir}. The output is first written into a fresh
     * folder beside {@code outputDir} and swapped in only when everything succeeded, so a failed build leaves
     * the previous output as it was.
     *
     * @throws BuildException when the site has errors, or the output folder is not a safe place to write
     */
    public static BuildReport build(Path siteDir, Path outputDir, BuildOptions options) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Loads the site in {@code siteDir} into its model without rendering anything.
     *
     * @throws BuildException when the site has errors
     */
    public static Site load(Path siteDir, BuildOptions options) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Loads and renders the site in {@code siteDir} in memory, writing nothing, and checks the result:
     * translations missing in a language (warnings), links and file references in the rendered HTML that
     * lead nowhere (errors). Templates are checked along with the Markdown, since both end up in the HTML.
     *
     * @throws BuildException when the site cannot be loaded or rendered; what the check itself finds is in
     *                        the report
     */
    public static CheckReport check(Path siteDir, BuildOptions options) {
        long start = System.nanoTime();
        Site site = load(siteDir, options);
        Diagnostics diagnostics = new Diagnostics();
        TranslationChecker.check(site, diagnostics);
        Map<String, byte[]> rendered = renderInMemory(site);
        LinkChecker.check(rendered, LinkChecker.filesUnder(siteDir.resolve("static")), site.config().baseUrl(),
                diagnostics);
        return new CheckReport(diagnostics.all(), rendered.size(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The rendered site, output path to content, without touching the disk. */
    private static Map<String, byte[]> renderInMemory(Site site) {
        // TODO(render merge): collect the render stage's OutputFiles into a ConcurrentHashMap instead, e.g.
        //   renderer.render(site, file -> rendered.put(file.path(), file.content()));
        throw new UnsupportedOperationException("not yet: needs the render stage");
    }
}
