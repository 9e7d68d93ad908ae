package dev.broadsheet.output;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.io.Hash128;
import dev.broadsheet.io.InputFiles;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A fingerprint of every input of a build, taken with one {@code stat} per file and without reading any: for
 * {@code site.yaml} and every file under {@code content/}, {@code templates/}, {@code i18n/} and
 * {@code static/}, its path, size, modification time to the nanosecond and a hash of its file key (device
 * and inode: an editor that saves by replacing the file gives it a new one). Together with the build's options and the
 * Broadsheet build, equal fingerprints mean the build would make the same output, as {@code make} assumes;
 * a tool that rewrites a file and then sets its time back is not noticed.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    /**
     * The fingerprint of {@code siteDir}'s inputs plus {@code extra} (options, code version).
     *
     * @throws BuildException when an input may not be one ({@link InputFiles}): nothing else is looked at then
     */
    public static String of(Path siteDir, String extra) {
        // each file is hashed where it is found and the hashes are summed: a sum needs no sorting, and no two
        // files share a path, so it changes whenever any one file does (this runs before anything else can)
        InputFiles inputs = InputFiles.of(siteDir);
        Diagnostics problems = new Diagnostics();
        Total total = new Total();
        // the folders' entries are walked in parallel (content/zh, content/en…): a large site has tens of
        // thousands of files
        inputs.roots().parallelStream().map(root -> {
            Total files = new Total();
            inputs.walk(root, (path, attributes) -> files.add(fileHash(path, attributes)), problems);
            return files;
        }).toList().forEach(total::add);
        problems.throwIfErrors();
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
        hash.add(attributes.size());
        hash.add(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        hash.add(Objects.hashCode(attributes.fileKey()));
        return hash.sum();
    }
}
