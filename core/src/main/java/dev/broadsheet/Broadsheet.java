package dev.broadsheet;

import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.BuildException;

import java.nio.file.Path;

/**
 * Broadsheet's public entry point: load a site folder into its typed model, or build it into a static site.
 *
 * <pre>{@code
 * BuildReport report = Broadsheet.build(Path.of("my-site"), Path.of("my-site/target/site"), BuildOptions.defaults());
 * Site site = Broadsheet.load(Path.of("my-site"), BuildOptions.defaults());
 * }</pre>
 *
 * Both throw {@link BuildException} carrying every problem found, each with file and line.
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
}
