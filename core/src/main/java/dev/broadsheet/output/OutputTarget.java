package dev.broadsheet.output;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * An output folder that has been checked to be a safe place to build into: not the file system's root, not
 * the user's home, not the site folder nor one that contains it, not inside the site's sources, and not a
 * folder that holds a project (a {@code pom.xml}, {@code site.yaml} or {@code .git}).
 */
public final class OutputTarget {

    private static final List<String> SOURCE_FOLDERS = List.of("content", "static", "templates", "i18n");
    private static final List<String> PROJECT_MARKERS = List.of("pom.xml", "site.yaml", ".git", "content");

    private final Path folder;

    private OutputTarget(Path folder) {
        this.folder = folder;
    }

    /**
     * Checks {@code output} against {@code siteDir}.
     *
     * @throws BuildException naming the problem when {@code output} is not safe to replace
     */
    public static OutputTarget of(Path siteDir, Path output) {
        Path site = real(siteDir);
        Path out = real(output);
        String problem = null;
        if (out.getParent() == null) {
            problem = "is the root of the file system";
        } else if (out.equals(real(Path.of(System.getProperty("user.home"))))) {
            problem = "is your home folder";
        } else if (out.equals(site)) {
            problem = "is the site folder itself";
        } else if (site.startsWith(out)) {
            problem = "contains the site folder";
        } else if (SOURCE_FOLDERS.stream().anyMatch(name -> out.startsWith(site.resolve(name)))) {
            problem = "is inside the site's sources";
        } else if (Files.isDirectory(out) && PROJECT_MARKERS.stream().anyMatch(m -> Files.exists(out.resolve(m)))) {
            problem = "holds a project or site of its own (it has a pom.xml, site.yaml, content/ or .git)";
        } else if (Files.exists(out) && !Files.isDirectory(out)) {
            problem = "is a file, not a folder";
        }
        if (problem != null) {
            throw BuildException.of(SourcePosition.of(output.toString()), "refusing to build into this output folder: it "
                    + problem + "; choose a folder of its own, such as target/site");
        }
        return new OutputTarget(out);
    }

    /** The output folder, absolute and normalised. */
    public Path folder() {
        return folder;
    }

    /**
     * Creates a fresh, empty staging folder beside the output folder, on the same file system. The build
     * updates the output in place when {@code previous} describes it, and otherwise makes a whole new one.
     *
     * @param previous the last build's cache, perhaps empty
     * @param next     the cache to fill with what this build makes
     */
    public Staging stage(BuildCache previous, BuildCache next) {
        Path parent = folder.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = parent.resolve("." + folder.getFileName() + ".broadsheet-" + UUID.randomUUID());
            boolean update = !previous.isEmpty() && Files.isDirectory(folder);
            // made by the staging itself once it can delete it again, so that a kill in between leaves nothing
            return new Staging(staging, folder, previous, next, update);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + folder, e);
        }
    }

    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            // resolve symbolic links of the part that exists, so that a link cannot smuggle in the site folder
            Path existing = absolute;
            while (existing != null && !Files.exists(existing)) existing = existing.getParent();
            if (existing == null) return absolute;
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
