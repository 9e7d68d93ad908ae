package dev.broadsheet.content;

import java.nio.file.Path;

/**
 * A Markdown file found under {@code content/}.
 *
 * @param file     where it is on disk
 * @param path     its path relative to the site folder, with {@code /} separators
 * @param language the language folder it is in
 * @param section  the section folder it is in, or null for a standalone page
 * @param key      its path under {@code content/<lang>/} without {@code .md}, the default translation key
 */
record SourceFile(Path file, String path, String language, String section, String key) {

    /** The file name without {@code .md}. */
    String baseName() {
        String name = key.substring(key.lastIndexOf('/') + 1);
        return name;
    }

    /** The folder the file is in, relative to the site folder. */
    String folder() {
        return path.substring(0, path.lastIndexOf('/'));
    }
}
