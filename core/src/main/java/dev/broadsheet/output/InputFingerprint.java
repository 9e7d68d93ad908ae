package dev.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of every input of a build, taken with one {@code stat} per file and without reading any: for
 * {@code site.yaml} and every file under {@code content/}, {@code templates/}, {@code i18n/} and
 * {@code static/}, its path, size, modification time to the nanosecond and file key (device and inode: an
 * editor that saves by replacing the file gives it a new one). Together with the build's options and the
 * Broadsheet build, equal fingerprints mean the build would make the same output, as {@code make} assumes;
 * a tool that rewrites a file and then sets its time back is not noticed.
 */
public final class InputFingerprint {

    private static final List<String> FOLDERS = List.of("content", "templates", "i18n", "static");

    private InputFingerprint() {
    }

    /** The fingerprint of {@code siteDir}'s inputs plus {@code extra} (options, code version). */
    public static String of(Path siteDir, String extra) {
        MessageDigest digest = sha256();
        update(digest, extra);
        Map<Path, String> stamps = new TreeMap<>();
        Path config = siteDir.resolve("site.yaml");
        stamps.put(siteDir.relativize(config), stamp(siteDir, config, null));
        for (String folder : FOLDERS) {
            Path dir = siteDir.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try {
                // the walk hands each file's attributes over: no second stat per file
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        BasicFileAttributes target = attributes.isSymbolicLink() ? followed(file) : attributes;
                        if (target != null && target.isRegularFile()) {
                            stamps.put(siteDir.relativize(file), stamp(siteDir, file, target));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        stamps.values().forEach(s -> update(digest, s));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static BasicFileAttributes followed(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static String stamp(Path siteDir, Path file, BasicFileAttributes known) {
        String name = siteDir.relativize(file).toString();
        BasicFileAttributes basic = known != null ? known : followed(file);
        if (basic == null) return name + " missing";
        return name + " " + basic.size() + " " + basic.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                + " " + basic.fileKey();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
