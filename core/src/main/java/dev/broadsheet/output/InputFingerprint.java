package dev.broadsheet.output;

import dev.broadsheet.io.Hash128;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fingerprint of every input of a build, taken with one {@code stat} per file and without reading any: for
 * {@code site.yaml} and every file under {@code content/}, {@code templates/}, {@code i18n/} and
 * {@code static/}, its path, size, modification time to the nanosecond and a hash of its file key (device
 * and inode: an editor that saves by replacing the file gives it a new one). Together with the build's options and the
 * Broadsheet build, equal fingerprints mean the build would make the same output, as {@code make} assumes;
 * a tool that rewrites a file and then sets its time back is not noticed.
 */
public final class InputFingerprint {

    private static final List<String> FOLDERS = List.of("content", "templates", "i18n", "static");

    private InputFingerprint() {
    }

    /** The fingerprint of {@code siteDir}'s inputs plus {@code extra} (options, code version). */
    public static String of(Path siteDir, String extra) {
        // each file is hashed where it is found and the hashes are summed: a sum needs no sorting, and no two
        // files share a path, so it changes whenever any one file does (this runs before anything else can)
        String prefix = siteDir.toString();
        int cut = prefix.endsWith(siteDir.getFileSystem().getSeparator()) ? prefix.length() : prefix.length() + 1;
        Total total = new Total();
        Path config = siteDir.resolve("site.yaml");
        total.add(fileHash("site.yaml", attributes(config)));
        // the folders' entries are walked in parallel (content/zh, content/en…): a large site has tens of
        // thousands of files
        List<Path> roots = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = siteDir.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> entries = Files.list(dir)) {
                entries.forEach(roots::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        roots.parallelStream().map(root -> walk(root, cut)).toList().forEach(total::add);
        Hash128 hash = new Hash128();
        hash.add(extra);
        hash.add(total.files);
        hash.add(new Hash128.Sum(total.high, total.low));
        return hash.sum().hex();
    }

    /** A sum of file hashes, with their count. */
    private static final class Total {
        long files;
        long high;
        long low;

        void add(Hash128.Sum file) {
            files++;
            high += file.high();
            low += file.low();
        }

        void add(Total other) {
            files += other.files;
            high += other.high;
            low += other.low;
        }
    }

    /** The hash of one input file: its path relative to the site folder, and what its attributes say. */
    private static Hash128.Sum fileHash(String name, BasicFileAttributes attributes) {
        Hash128 hash = new Hash128();
        hash.add(name);
        if (attributes == null) {
            hash.add(-1);
        } else {
            hash.add(attributes.size());
            hash.add(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            hash.add(Objects.hashCode(attributes.fileKey()));
        }
        return hash.sum();
    }

    /** The sum of the hashes of the regular files at or below {@code root}, named from character {@code cut}. */
    private static Total walk(Path root, int cut) {
        Total total = new Total();
        try {
            // the walk hands each file's attributes over: no second stat per file
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    BasicFileAttributes target = attributes.isSymbolicLink() ? attributes(file) : attributes;
                    if (target != null && target.isRegularFile()) {
                        total.add(fileHash(file.toString().substring(cut), target));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** The attributes of {@code file}, following a symbolic link; null when it is missing. */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
