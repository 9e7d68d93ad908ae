package dev.broadsheet.markdown;

import java.util.HashSet;
import java.util.Set;

/**
 * Gives the headings of one document their ids: a slug of the heading's text that keeps letters and digits of
 * every script (so Chinese headings keep their characters), unique in the document and never taken from the
 * ids footnotes use. One instance per document; not thread-safe.
 */
final class HeadingIds {

    /** The id of a heading whose text has no letters or digits. */
    static final String FALLBACK = "section";

    private final Set<String> taken = new HashSet<>();
    private final int footnoteReferences;

    /**
     * @param footnoteReferences how many footnote references the document has; the footnote renderer numbers
     *                           its ids ({@code fn-2}, {@code fnref-2}, {@code fnref-2-1}) up to that count
     */
    HeadingIds(int footnoteReferences) {
        this.footnoteReferences = footnoteReferences;
    }

    /** The id for the next heading with {@code text}: its slug, then {@code slug-1}, {@code slug-2}… */
    String assign(String text) {
        String base = slug(text);
        String id = base;
        for (int n = 1; isFootnoteId(id) || !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Lower-cases letters and keeps digits and letters of every script; each run of anything else (spaces,
     * punctuation, symbols) becomes one {@code -}, none at either end. {@value #FALLBACK} when nothing is left.
     */
    static String slug(CharSequence text) {
        StringBuilder id = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp) && !id.isEmpty() && !gap) {
                if (gap && !id.isEmpty()) {
                    id.append('-');
                }
                gap = false;
                id.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return id.isEmpty() ? FALLBACK : id.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether {@code id} is one of {@code fn-N}, {@code fnref-N}, {@code fnref-N-M} with N, M in range. */
    private boolean isFootnoteId(String id) {
        if (id.startsWith("fn-")) {
            return numberEnd(id, 3) == id.length();
        }
        if (id.startsWith("fnref-")) {
            int end = numberEnd(id, 6);
            if (end == id.length()) {
                return true;
            }
            return end > 0 && id.charAt(end) == '-' && numberEnd(id, end + 1) == id.length();
        }
        return false;
    }

    /** The end of a number from 1 to the footnote count starting at {@code from}, or -1 when there is none. */
    private int numberEnd(String id, int from) {
        int end = from;
        long value = 0;
        while (end < id.length() && id.charAt(end) >= '0' && id.charAt(end) <= '9' && value <= footnoteReferences) {
            value = value * 10 + (id.charAt(end) - '0');
            end++;
        }
        boolean inRange = end > from && value >= 1 && value <= footnoteReferences;
        return inRange ? end : -1;
    }
}
