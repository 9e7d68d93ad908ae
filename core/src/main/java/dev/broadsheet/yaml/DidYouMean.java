package dev.broadsheet.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the known word closest to a misspelt one, as compilers do for unknown names. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The candidate closest to {@code word} by edit distance, if one is close enough to be a likely typo. */
    public static Optional<String> suggest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return candidates.stream()
                .filter(c -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)) <= Math.max(1, c.length() / 3))
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** " (did you mean 'x'?)" or "". */
    public static String hint(String word, Collection<String> candidates) {
        return suggest(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
