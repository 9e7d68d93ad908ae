package dev.broadsheet.io;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a build reads from a site folder, found the one way every reader may rely on: {@code site.yaml}
 * and everything under {@code content/}, {@code templates/}, {@code i18n/} and {@code static/}. Nothing outside
 * the site folder is an input. A symbolic link that leads outside it is an error naming the link, and so is
 * anything that is neither a regular file nor a folder (a FIFO, whose reading would never end; a device; a
 * socket) and a link that loops back to a folder around it. Links that stay inside are followed: a linked
 * folder is walked as if it were there, a linked file counts as the file it leads to.
 *
 * <p>Once {@link #check} or a {@link #walk} over every root has found no problem, readers may follow links
 * (Java's file API does by default): each leads to a regular file or folder inside the site. One {@code stat}
 * per entry, as a plain walk takes; links cost one more each.
 */
public final class InputFiles {

    /** The folders of a site whose files are inputs. */
    public static final List<String> FOLDERS = List.of("content", "templates", "i18n", "static");
    /** The site's configuration file. */
    public static final String CONFIG = "site.yaml";

    /** Receives each input file: its path relative to the site folder, and its attributes (a link's target's). */
    @FunctionalInterface
    public interface Visitor {
        void file(String path, BasicFileAttributes attributes);
    }

    private final Path siteDir;
    private final Path realSite;
    /** The site folder's path as text, with a separator at its end. */
    private final String sitePrefix;

    private InputFiles(Path siteDir) {
        this.siteDir = siteDir;
        String text = siteDir.toString();
        this.sitePrefix = text.isEmpty() ? "" : text.endsWith(siteDir.getFileSystem().getSeparator()) ? text
                : text + siteDir.getFileSystem().getSeparator();
        Path real;
        try {
            real = siteDir.toRealPath();
        } catch (IOException e) {
            real = siteDir.toAbsolutePath().normalize();
        }
        this.realSite = real;
    }

    /** The inputs of the site folder {@code siteDir}. */
    public static InputFiles of(Path siteDir) {
        return new InputFiles(siteDir);
    }

    /**
     * Where a walk starts: {@code site.yaml}, then the entries of each input folder in turn (so that they can be
     * walked on several threads), and the folders themselves when they are links or not folders.
     */
    public List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        roots.add(siteDir.resolve(CONFIG));
        for (String folder : FOLDERS) {
            Path dir = siteDir.resolve(folder);
            if (Files.isSymbolicLink(dir) || Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                roots.add(dir);
                continue;
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) continue;
            try (Stream<Path> entries = Files.list(dir)) {
                entries.sorted().forEach(roots::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return roots;
    }

    /**
     * Walks every input and reports what may not be one to {@code problems}.
     *
     * @return whether there was no problem
     */
    public boolean check(Diagnostics problems) {
        int before = problems.errorCount();
        for (Path root : roots()) walk(root, (path, attributes) -> { }, problems);
        return problems.errorCount() == before;
    }

    /**
     * Walks {@code root}, one of {@link #roots()}, handing every input file at or below it to {@code visitor}
     * (a missing root has none) and every link or file that may not be an input to {@code problems}.
     */
    public void walk(Path root, Visitor visitor, Diagnostics problems) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        if (attributes.isDirectory()) {
            walkFolder(root, root, visitor, problems);
        } else {
            entry(root, root, attributes, visitor, problems);
        }
    }

    /** Walks the folder {@code dir}, naming what is in it as if it were at {@code shownAs} (a link to it). */
    private void walkFolder(Path dir, Path shownAs, Visitor visitor, Diagnostics problems) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    entry(file, dir.equals(shownAs) ? file : shownAs.resolve(dir.relativize(file)), attributes, visitor,
                            problems);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + dir, e);
        }
    }

    /**
     * One entry that is not a folder, as the walk found it (a link not followed), named as {@code shownAs}.
     */
    private void entry(Path file, Path shownAs, BasicFileAttributes attributes, Visitor visitor,
                       Diagnostics problems) {
        if (attributes.isRegularFile()) {
            visitor.file(relative(shownAs), attributes);
        } else if (attributes.isSymbolicLink()) {
            link(file, shownAs, visitor, problems);
        } else if (!attributes.isDirectory()) {
            problems.error(SourcePosition.of(relative(shownAs)), "is not a regular file (a FIFO, a device or a "
                    + "socket): a build reads only files and folders; remove it");
        }
    }

    private void link(Path link, Path shownAs, Visitor visitor, Diagnostics problems) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            return; // a link to nothing is no input, as a missing file is none
        } catch (IOException e) {
            problems.error(SourcePosition.of(relative(shownAs)), "is a symbolic link that cannot be followed: "
                    + e.getMessage());
            return;
        }
        if (!target.startsWith(realSite)) {
            problems.error(SourcePosition.of(relative(shownAs)), "is a symbolic link to " + written(link) + ", outside the "
                    + "site folder: a build reads nothing outside it (copy the file into the site instead)");
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
        }
        if (attributes.isRegularFile()) {
            visitor.file(relative(shownAs), attributes);
        } else if (attributes.isDirectory()) {
            Path around = realParent(link);
            if (around.startsWith(target)) {
                problems.error(SourcePosition.of(relative(shownAs)), "is a symbolic link to " + realSite.relativize(target)
                        + ", a folder around it, so it would never end; remove it");
            } else {
                walkFolder(target, shownAs, visitor, problems);
            }
        } else {
            problems.error(SourcePosition.of(relative(shownAs)), "is a symbolic link to " + realSite.relativize(target)
                    + ", which is not a regular file (a FIFO, a device or a socket): remove it");
        }
    }

    /** Where {@code link} says it leads, as written in it. */
    private static String written(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return link.toString();
        }
    }

    private Path realParent(Path link) {
        try {
            return link.getParent().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + link.getParent(), e);
        }
    }

    /**
     * {@code file}'s path relative to the site folder, with {@code /}, as diagnostics name files: cut from its
     * text, as every file the walk finds starts with the site folder's (a relativize per file cost the
     * up-to-date check of a large site tens of milliseconds).
     */
    private String relative(Path file) {
        String text = file.toString();
        String relative = text.startsWith(sitePrefix) ? text.substring(sitePrefix.length())
                : siteDir.relativize(file).toString();
        return java.io.File.separatorChar == '/' ? relative : relative.replace(java.io.File.separatorChar, '/');
    }
}
