package dev.broadsheet.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The text analysis of site search, as {@code docs/search.md} specifies it and the browser's script repeats
 * it: NFKC and lower case; runs of CJK code points and of word code points; a slot per CJK code point and
 * per word run, one more after a separator; CJK unigrams and bigrams, words cut to 32 code points and
 * S-stemmed.
 *
 * <pre>{@code
 * Analysis.tokens("科技，创新");      // 科@0 科技@0 技@1 创@3 创新@3 新@4
 * Analysis.queryTerms("科技，创新");  // 科技@0 创新@3
 * }</pre>
 */
public final class Analysis {

    /**
     * A term at a position.
     *
     * @param term the term
     * @param slot its slot
     */
    public record Token(String term, int slot) {
        public Token {
            Objects.requireNonNull(term, "term");
        }

        @Override
        public String toString() {
            return term + "@" + slot;
        }
    }

    private Analysis() {
    }

    /** The tokens of {@code text}, in text order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        new Analyzer().analyse(text, 0, (chars, start, length, slot, kind) ->
                tokens.add(new Token(new String(chars, start, length), slot)));
        return tokens;
    }

    /**
     * The terms of {@code query}: the unigram of a one-code-point CJK run, the bigrams of a longer one, and
     * the words; each term once, at its first slot.
     */
    public static List<Token> queryTerms(String query) {
        List<Token> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        new Analyzer().analyse(query, 0, (chars, start, length, slot, kind) -> {
            if (kind == Analyzer.UNIGRAM) return;
            String term = new String(chars, start, length);
            if (seen.add(term)) terms.add(new Token(term, slot));
        });
        return terms;
    }
}
