package dev.broadsheet.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which build of Broadsheet is running, so that caches made by another build are not trusted. */
public final class CodeVersion {

    private static final String MARKER = compute();

    private CodeVersion() {
    }

    /** The name, size and time of the jar Broadsheet runs from (or the classes folder, in development). */
    public static String marker() {
        return MARKER;
    }

    private static String compute() {
        try {
            Path location = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location)
                    ? location.getFileName() + " " + Files.size(location) + " " + Files.getLastModifiedTime(location)
                    : "classes " + location;
        } catch (Exception e) {
            return "unknown " + System.nanoTime();
        }
    }
}
