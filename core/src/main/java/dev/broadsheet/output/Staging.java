package dev.broadsheet.output;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * A fresh folder beside the output folder that a build writes into. {@link #commit()} swaps it in for the
 * output folder; {@link #close()} without a commit deletes it, leaving the previous output as it was.
 * {@link #write} may be called from many threads at once.
 */
public final class Staging implements AutoCloseable {

    private final Path folder;
    private final Path output;
    private boolean committed;

    Staging(Path folder, Path output) {
        this.folder = folder;
        this.output = output;
    }

    /** The staging folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Writes {@code content} to {@code path} (relative, with {@code /} separators) inside the staging folder.
     *
     * @throws IllegalArgumentException when {@code path} would leave the staging folder
     */
    public void write(String path, byte[] content) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            // never write through a hard link into the previous output, which must stay intact until the swap:
            // create the file new, and only if something is already there, replace it
            try {
                Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                Files.delete(target);
                Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Puts the previous build's {@code previous} file at {@code path} without writing its bytes again: a hard
     * link where the file system allows one, a copy elsewhere. The previous output is only read.
     */
    public void link(String path, Path previous) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, previous);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reuse " + previous, e);
        }
    }

    /** The file at {@code path} in the staging folder. */
    public Path file(String path) {
        return resolve(path);
    }

    /** Whether a file has been written at {@code path}. */
    public boolean exists(String path) {
        return Files.exists(resolve(path));
    }

    /**
     * Copies every file under {@code from} into the staging folder, keeping its relative path. A file whose
     * size and time match what {@code previous} recorded for it is linked from the previous output instead;
     * {@code next} records every file.
     *
     * @return how many files were copied or linked
     */
    public int copyTree(Path from, BuildCache previous, BuildCache next) {
        if (!Files.isDirectory(from)) return 0;
        int[] copied = {0};
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String path = from.relativize(file).toString().replace('\\', '/');
                    String stamp = "static " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
                    Path target = resolve(path);
                    if (previous.has(path, stamp)) {
                        Files.deleteIfExists(target);
                        link(path, previous.previous(path));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    next.record(path, stamp, null, target);
                    copied[0]++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from, e);
        }
        return copied[0];
    }

    /**
     * Replaces the output folder with the staging folder. The old output is first moved aside, then deleted,
     * so that at every moment either the old or the new output is complete.
     */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = output.resolveSibling("." + output.getFileName() + ".broadsheet-old-" + UUID.randomUUID());
                move(output, old);
            }
            move(folder, output);
            committed = true;
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + output, e);
        }
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + folder, e);
            }
        }
    }

    private Path resolve(String path) {
        Path target;
        try {
            target = folder.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw BuildException.of(SourcePosition.of(path), "cannot name this file: the JVM's file name encoding is "
                    + System.getProperty("sun.jnu.encoding") + ", not UTF-8; run Maven or Java with a UTF-8 locale, "
                    + "e.g. export LANG=C.UTF-8");
        }
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + path);
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
