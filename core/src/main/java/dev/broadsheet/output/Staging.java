package dev.broadsheet.output;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.Parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Where a build puts what it makes until everything has succeeded, in a fresh folder beside the output folder.
 * Nothing in the output changes before {@link #commit()}; {@link #close()} without a commit deletes the
 * staging folder, leaving the previous output as it was. The write methods may be called from many threads.
 *
 * <p>Two ways to commit, chosen by {@link OutputTarget#stage}:
 * <ul>
 *   <li><b>swap</b>, when there is no usable previous build: the staging folder is a whole new output, and the
 *   commit swaps the folders;</li>
 *   <li><b>update</b>, when the previous build's cache describes the output: the staging folder holds only the
 *   files made anew, and the commit moves each into the output, then deletes what the new build no longer
 *   makes. Kept files are not touched at all, so a one-article edit costs a handful of renames instead of
 *   making and deleting a whole tree.</li>
 * </ul>
 * Either way the cache file is deleted before the output changes and written after, so a build interrupted
 * half-way through its commit leaves no cache and the next build makes everything again.
 */
public final class Staging implements AutoCloseable {

    private final Path folder;
    private final Path output;
    private final BuildCache previous;
    private final BuildCache next;
    private final boolean update;
    /** In update mode: output path → the staged file that replaces it. */
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile boolean committed;
    /** Deletes the staging folder if the JVM is stopped (Ctrl-C, a kill) before the build ends. */
    private final Thread onExit;
    /**
     * Writers hold it shared while they put a file into the staging folder; {@link #onExit} takes it alone and
     * closes the folder, so that no file is written into it once its deletion has begun.
     */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private boolean closed;

    Staging(Path folder, Path output, BuildCache previous, BuildCache next, boolean update) {
        this.folder = folder;
        this.output = output;
        this.previous = previous;
        this.next = next;
        this.update = update;
        this.onExit = new Thread(() -> {
            gate.writeLock().lock();
            try {
                closed = true;
            } finally {
                gate.writeLock().unlock();
            }
            for (int attempt = 0; attempt < 3 && !committed; attempt++) {
                try {
                    deleteTree(folder);
                    return;
                } catch (IOException | UncheckedIOException e) {
                    // the JVM is going away; at worst the staging folder is left, never a damaged output
                }
            }
        }, "broadsheet-staging-cleanup");
        Runtime.getRuntime().addShutdownHook(onExit);
        Lock open = enter();
        try {
            Files.createDirectory(folder);
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(onExit);
            throw new UncheckedIOException("cannot create a staging folder beside " + output, e);
        } finally {
            open.unlock();
        }
    }

    /** The staging folder. */
    public Path folder() {
        return folder;
    }

    /**
     * How many files this build writes into the output: in an update, those staged (new or changed); in a swap,
     * every file of the new output.
     */
    public int written() {
        return update ? staged.size() : next.size();
    }

    /** Whether this build updates the previous output in place rather than swapping in a new one. */
    public boolean updatesInPlace() {
        return update;
    }

    /**
     * Writes {@code content} to {@code path} (relative, with {@code /} separators) and records it in the next
     * build cache as made from {@code digest}. In an update, a file the output already holds with exactly these
     * bytes is left as it is (and recorded under the new digest): a page whose data changed in a way that does
     * not show, or the first rebuild after a build that kept no page digests, rewrites only what differs.
     *
     * @throws IllegalArgumentException when {@code path} would leave the output folder
     */
    public void write(String path, byte[] content, String digest, String language) {
        if (update && previous.listsWithSize(path, content.length) && holds(path, content, digest, language)) {
            return;
        }
        Path target = null;
        Lock open = enter();
        try {
            target = stagedFile(path);
            // one write call for the whole page (Files.write cuts it into 8 KiB writes)
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (target != null ? target : path), e);
        } finally {
            open.unlock();
        }
        next.record(path, digest, language, target);
    }

    /**
     * Enters the staging folder to write into it: the lock to release afterwards.
     *
     * @throws IllegalStateException when the JVM is stopping and the folder is being deleted
     */
    private Lock enter() {
        Lock lock = gate.readLock();
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new IllegalStateException("the build is being stopped");
        }
        return lock;
    }

    /**
     * Whether the output's file at {@code path} has exactly {@code content}; if so, records it as it is. Its
     * attributes are read before and after its bytes, so that a file changed meanwhile is not recorded as
     * holding them.
     */
    private boolean holds(String path, byte[] content, String digest, String language) {
        Path file = resolve(output, path);
        try {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!before.isRegularFile() || before.size() != content.length
                    || !Arrays.equals(Files.readAllBytes(file), content)) {
                return false;
            }
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (after.size() != before.size() || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                return false;
            }
            next.record(path, digest, language, after);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Keeps the previous build's file at {@code path}, which it made from the same digest, where it is: its
     * bytes are not written again. Only an update keeps files; a swap has no previous build to keep them from.
     */
    public void keep(String path) {
        if (!update) throw new IllegalStateException("a new output keeps nothing from a previous one: " + path);
        next.keep(path, previous);
    }

    /**
     * Where the file for {@code path} goes in the staging folder: its own path (its folder made), or in an
     * update a numbered name.
     */
    private Path stagedFile(String path) throws IOException {
        if (!update) {
            Path target = resolve(folder, path);
            Files.createDirectories(target.getParent());
            return target;
        }
        resolve(output, path);
        Path file = folder.resolve(Integer.toString(counter.incrementAndGet()));
        Path earlier = staged.put(path, file);
        if (earlier != null) throw new IllegalStateException("two files at " + path);
        return file;
    }

    /**
     * Copies every file under {@code from} into the output, keeping its relative path. A file whose size and
     * time match what the previous build recorded for it is kept from the previous output instead. A file at
     * the path of a page made before replaces the page. Call it after the pages are made.
     *
     * @return how many files were copied or kept
     */
    public int copyTree(Path from) {
        if (!Files.isDirectory(from)) return 0;
        int[] copied = {0};
        try {
            // links are followed and their targets copied: InputFiles has checked that each stays inside the site
            Files.walkFileTree(from, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String path = from.relativize(file).toString().replace('\\', '/');
                    String stamp = "static " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
                    // a static file at the path of a made page replaces it, as a copy over it always did
                    Path page = update ? staged.remove(path) : null;
                    if (page != null) Files.delete(page);
                    if (previous.has(path, stamp)) {
                        keep(path);
                    } else {
                        Path target;
                        Lock open = enter();
                        try {
                            target = stagedFile(path);
                            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                        } finally {
                            open.unlock();
                        }
                        next.record(path, stamp, null, target);
                    }
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
     * Puts what was staged in place of the previous output, then writes the new build cache. Swapping, the old
     * output is first moved aside, then deleted, so that at every moment either the old or the new output is
     * complete. Updating, files the new build no longer makes are deleted (with folders they leave empty),
     * then each new file is renamed over the old one.
     */
    public void commit() {
        List<String> obsolete = update ? obsolete() : List.of();
        if (update) refuseLinkedFolders(obsolete);
        BuildCache.forget(output);
        try {
            if (update) {
                deleteObsolete(obsolete);
                // on all cores: after a template change this is every page of the site
                Parallel.forEach(List.copyOf(staged.entrySet()), file -> moveIn(file.getValue(), file.getKey()));
                committed = true;
                next.write();
                deleteTree(folder);
                return;
            }
            Path old = null;
            if (Files.exists(output)) {
                old = output.resolveSibling("." + output.getFileName() + ".broadsheet-old-" + UUID.randomUUID());
                move(output, old);
            }
            move(folder, output);
            committed = true;
            next.write();
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + output, e);
        }
    }

    /**
     * Renames {@code file} over the output's file at {@code path}, making its folder first if there is none
     * (tried only when the rename says so: almost every folder is there already).
     */
    private void moveIn(Path file, String path) {
        Path target = resolve(output, path);
        try {
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) {
                Files.createDirectories(target.getParent());
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UncheckedIOException("cannot replace " + target + ": a folder is in the way", e);
            }
            throw new UncheckedIOException("cannot move " + file + " to " + target, e);
        }
    }

    /**
     * Checks, before anything changes, that no folder between the output folder and a file this commit
     * writes or deletes is a symbolic link. Updating in place goes through the folders that are there, and a
     * link could lead out of the output folder, where nothing may be written or deleted. (A swap never looks
     * inside the previous output, so a link there is simply dropped with it.)
     *
     * @throws BuildException naming the link; the output and its cache are left as they were
     */
    private void refuseLinkedFolders(List<String> obsolete) {
        Set<Path> seen = ConcurrentHashMap.newKeySet();
        Stream.concat(staged.keySet().stream(), obsolete.stream()).parallel().forEach(path -> {
            for (Path dir = resolve(output, path).getParent(); !dir.equals(output) && seen.add(dir);
                    dir = dir.getParent()) {
                if (Files.isSymbolicLink(dir)) {
                    throw BuildException.of(SourcePosition.of(dir.toString()), "is a symbolic link, and a build "
                            + "updates its output in place: remove the link, or delete "
                            + BuildCache.fileFor(output).getFileName() + " beside the output folder so that "
                            + "the next build makes a whole new one");
                }
            }
        });
    }

    /** The previous build's files that this build does not make. */
    private List<String> obsolete() {
        return previous.entries().stream().map(BuildCache.Entry::path).filter(path -> !next.lists(path)).toList();
    }

    /** Deletes {@code obsolete} files of the previous build, and folders that are left empty. */
    private void deleteObsolete(List<String> obsolete) throws IOException {
        for (String path : obsolete) {
            Path file = resolve(output, path);
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) continue;
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); !dir.equals(output); dir = dir.getParent()) {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    break;
                }
            }
        }
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs, or has run, and does the same
        }
        if (!committed) {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + folder, e);
            }
        }
    }

    private static Path resolve(Path root, String path) {
        Path target;
        try {
            target = root.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw BuildException.of(SourcePosition.of(path), "cannot name this file: the JVM's file name encoding is "
                    + System.getProperty("sun.jnu.encoding") + ", not UTF-8; run Maven or Java with a UTF-8 locale, "
                    + "e.g. export LANG=C.UTF-8");
        }
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + path);
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
