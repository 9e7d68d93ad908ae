package dev.broadsheet.content;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule for a slug, the URL segment of an article or page: lowercase letters {@code a-z}, digits and
 * {@code -}, starting with a letter or digit. Front matter's {@code slug} follows it, and so does the name of a
 * file that {@code Broadsheet.newContent} creates.
 */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Slugs() {
    }

    /** Whether {@code text} is a slug. */
    public static boolean isSlug(String text) {
        return SLUG.matcher(text).matches();
    }

    /** Why {@code text} is not a slug, with one made from it to suggest: for an error message. */
    public static String problem(String text) {
        String suggestion = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "'" + text + "' is not a valid slug: use lowercase letters a-z, digits and '-', starting with a "
                + "letter or digit (e.g. '" + (suggestion.isEmpty() ? "my-article" : suggestion) + "')";
    }
}
