package dev.broadsheet.render;

import java.util.Optional;

/**
 * Where an alias lands in the output: {@code /old/a.html} is the file {@code old/a.html}; {@code /old/a/} and
 * {@code /old/a} are {@code old/a/index.html}. Aliases are site paths, relative to the site root even when the
 * base URL has a path.
 */
final class AliasPaths {

    private AliasPaths() {
    }

    /**
     * The output file for {@code alias}, or empty when the alias cannot be a file inside the output folder
     * (empty, {@code ..} or {@code .} segments, backslashes, query or fragment).
     */
    static Optional<String> outputPath(String alias) {
        String path = alias.strip();
        while (path.startsWith("/")) path = path.substring(1);
        if (path.isEmpty() || path.contains("\\") || path.contains("?") || path.contains("#")) {
            return Optional.empty();
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || segment.isEmpty() && !last) return Optional.empty();
        }
        String lastSegment = segments[segments.length - 1];
        if (lastSegment.isEmpty()) return Optional.of(path + "index.html");
        if (lastSegment.contains(".")) return Optional.of(path);
        return Optional.of(path + "/index.html");
    }
}
