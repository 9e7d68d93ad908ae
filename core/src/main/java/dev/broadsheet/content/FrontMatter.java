package dev.broadsheet.content;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.util.Optional;

/**
 * A content file split into its YAML front matter, between two {@code ---} lines at the top, and its Markdown
 * body, each with the line of the file it starts on.
 *
 * @param yaml          the front matter text
 * @param yamlFirstLine the file line of the front matter's first line (2)
 * @param body          the Markdown body
 * @param bodyFirstLine the file line the body starts on
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** Splits {@code text} (LF line endings), reporting a missing or unclosed front matter block. */
    public static Optional<FrontMatter> split(String text, String file, Diagnostics diagnostics) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text.substring(0, firstEnd), "---")) {
            diagnostics.error(new SourcePosition(file, 1, 1),
                    "no front matter: the file must start with a line '---', then YAML such as 'title: …', then '---'");
            return Optional.empty();
        }
        int line = 2;
        int start = Math.min(firstEnd + 1, text.length());
        int position = start;
        while (position < text.length()) {
            int end = lineEnd(text, position);
            String current = text.substring(position, end);
            if (isFence(current, "---") || isFence(current, "...")) {
                String yaml = text.substring(start, position);
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            position = end + 1;
            line++;
        }
        diagnostics.error(new SourcePosition(file, 1, 1), "front matter is not closed: add a line '---' after it");
        return Optional.empty();
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean isFence(String line, String fence) {
        return line.stripTrailing().equals(fence);
    }
}
