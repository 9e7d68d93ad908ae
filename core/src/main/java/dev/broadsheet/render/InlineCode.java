package dev.broadsheet.render;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.safety.ContentSecurityPolicy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline scripts and styles of a site's templates, found in their source text when they are read, and the
 * hashes the Content-Security-Policy lists for them. Only templates can add an inline script that runs: the
 * hashes are taken here, before any content exists, so nothing a contributor writes can be hashed into the
 * policy. Hashing the source works because such a script must be template text alone: an interpolation or a
 * directive inside it would make its text differ from page to page, so it is an error, named at its position.
 * Scripts with a {@code src}, and data blocks ({@code type="application/ld+json"} and other non-script types),
 * are not inline code.
 */
final class InlineCode {

    private static final Set<String> SCRIPT_TYPES = Set.of("", "module", "text/javascript", "application/javascript",
            "text/ecmascript", "application/ecmascript", "text/jscript", "text/livescript", "application/x-javascript",
            "application/x-ecmascript", "text/x-javascript", "text/x-ecmascript", "text/javascript1.0",
            "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
            "text/javascript1.5");
    /** What starts FreeMarker syntax in a template's text. */
    private static final String[] TEMPLATE_SYNTAX = {"${", "#{", "<#", "</#", "<@", "</@"};
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s([a-z_:][-a-z0-9_:.]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");

    private final Set<String> scripts = new TreeSet<>();
    private final Set<String> styles = new TreeSet<>();

    /** The hashes of every inline script found so far, sorted. */
    Set<String> scriptHashes() {
        return scripts;
    }

    /** The hashes of every inline style element found so far, sorted. */
    Set<String> styleHashes() {
        return styles;
    }

    /**
     * Finds the inline scripts and styles of one template, {@code source} being its text and {@code name} how
     * diagnostics name it ({@code templates/layout.ftlh}, {@code theme:layout.ftlh}).
     */
    void scan(String source, String name, Diagnostics diagnostics) {
        String lower = source.toLowerCase(Locale.ROOT);
        for (String element : new String[] {"script", "style"}) {
            int from = 0;
            while (true) {
                int open = lower.indexOf("<" + element, from);
                if (open < 0) break;
                int nameEnd = open + 1 + element.length();
                if (nameEnd < lower.length() && !isTagNameEnd(lower.charAt(nameEnd))) {
                    from = nameEnd;
                    continue;
                }
                int tagEnd = tagEnd(lower, nameEnd);
                if (tagEnd < 0) break;
                int close = lower.indexOf("</" + element, tagEnd);
                if (close < 0) break;
                String tag = lower.substring(open, tagEnd);
                if (element.equals("style") || isInlineScript(tag)) {
                    String code = source.substring(tagEnd, close);
                    String syntax = templateSyntax(code);
                    if (syntax != null) {
                        int at = tagEnd + code.indexOf(syntax);
                        diagnostics.error(position(source, name, at), "an inline " + element + " must be plain "
                                + "template text, without '" + syntax + "': its hash for the page's "
                                + "Content-Security-Policy is taken from the template (put data in a data- attribute "
                                + "or a <script type=\"application/json\">, or move the code to a file in static/)");
                    } else if (!code.isEmpty()) {
                        (element.equals("style") ? styles : scripts).add(ContentSecurityPolicy.hash(code));
                    }
                }
                from = close;
            }
        }
    }

    private static boolean isTagNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /** The index after the {@code >} that ends the start tag whose attributes begin at {@code from}, or -1. */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether a lower-cased {@code <script …>} start tag opens code that runs in the page. */
    private static boolean isInlineScript(String tag) {
        if (attribute(tag, "src") != null) return false;
        String type = attribute(tag, "type");
        return type == null || SCRIPT_TYPES.contains(type.strip());
    }

    /** The value of attribute {@code name} in a lower-cased start tag, "" for one without a value, or null. */
    private static String attribute(String tag, String name) {
        Matcher attributes = ATTRIBUTE.matcher(tag);
        while (attributes.find()) {
            if (!attributes.group(1).equals(name)) continue;
            String value = attributes.group(2);
            if (value == null) return "";
            return value.startsWith("\"") || value.startsWith("'") ? value.substring(1, value.length() - 1) : value;
        }
        return null;
    }

    private static String templateSyntax(String code) {
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        for (String syntax : TEMPLATE_SYNTAX) {
            int at = code.indexOf(syntax);
            if (at >= 0 && at < firstAt) {
                first = syntax;
                firstAt = at;
            }
        }
        return first;
    }

    private static SourcePosition position(String source, String name, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(name, line, source.codePointCount(lineStart, offset) + 1);
    }
}
