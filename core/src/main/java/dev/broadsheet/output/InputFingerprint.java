package dev.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

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
        List<Path> files = new ArrayList<>();
        files.add(siteDir.resolve("site.yaml"));
        for (String folder : FOLDERS) {
            Path dir = siteDir.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort(null);
        List<String> stamps = files.parallelStream().map(f -> stamp(siteDir, f)).toList();
        stamps.forEach(s -> update(digest, s));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String stamp(Path siteDir, Path file) {
        String name = siteDir.relativize(file).toString();
        try {
            BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
            return name + " " + basic.size() + " " + basic.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                    + " " + basic.fileKey();
        } catch (IOException e) {
            return name + " missing";
        }
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
