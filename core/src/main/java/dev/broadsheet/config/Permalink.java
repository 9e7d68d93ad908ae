package dev.broadsheet.config;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article URL pattern such as {@code /:section/:slug/}, with the tokens {@code :section}, {@code :slug},
 * {@code :year}, {@code :month} and {@code :day}.
 */
public record Permalink(String pattern) {

    /** The tokens a pattern may use. */
    public static final List<String> TOKENS = List.of("section", "slug", "year", "month", "day");

    /** The default pattern, {@code /:section/:slug/}. */
    public static final Permalink DEFAULT = new Permalink("/:section/:slug/");

    private static final Pattern TOKEN = Pattern.compile(":([a-z]+)");

    public Permalink {
        Objects.requireNonNull(pattern, "pattern");
    }

    /** The first token of the pattern that is not one of {@link #TOKENS}, or null when all are known. */
    public String unknownToken() {
        Matcher m = TOKEN.matcher(pattern);
        while (m.find()) {
            if (!TOKENS.contains(m.group(1))) return m.group();
        }
        return null;
    }

    /**
     * The path of an article relative to its language's root, without a leading {@code /} and ending with
     * {@code /}: {@code economy/a-story/}.
     */
    public String expand(String section, String slug, ZonedDateTime date) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "section" -> section;
                case "slug" -> slug;
                case "year" -> String.format("%04d", date.getYear());
                case "month" -> String.format("%02d", date.getMonthValue());
                case "day" -> String.format("%02d", date.getDayOfMonth());
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String path = out.toString().replaceAll("/{2,}", "/");
        while (path.startsWith("/")) path = path.substring(1);
        if (!path.isEmpty() && !path.endsWith("/")) path = path + "/";
        return path;
    }
}
