package dev.broadsheet.search;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Writes a term's postings as {@code docs/search.md} gives them: BM25F scores, the list truncated to the
 * highest scores, ids as differences. One per thread: it keeps scratch arrays.
 */
final class Scorer {

    static final double K1 = 1.2;
    static final double B = 0.75;
    /** The longest list of a term; of a unigram. */
    static final int LIMIT = 400;
    static final int UNIGRAM_LIMIT = 200;

    private final Postings postings;
    private final int documents;
    private final double[] norms;
    private final PostingList list = new PostingList();
    private int[] scores = new int[1024];
    private int[] histogram = new int[4096];
    private int[] keptAt = new int[LIMIT];

    /**
     * @param norms for each document, {@code k1 × (1 − b + b × dl / avgdl)}: see {@link #norms}
     */
    Scorer(Postings postings, int documents, double[] norms) {
        this.postings = postings;
        this.documents = documents;
        this.norms = norms;
    }

    /** {@code k1 × (1 − b + b × dl / avgdl)} of each document, by id. */
    static double[] norms(int[] lengths) {
        double average = averageLength(lengths);
        double[] norms = new double[lengths.length];
        for (int d = 0; d < lengths.length; d++) norms[d] = K1 * (1 - B + B * lengths[d] / average);
        return norms;
    }

    /** The mean length rounded to two significant digits (half up); 1 when there is none. */
    static double averageLength(int[] lengths) {
        long sum = 0;
        for (int length : lengths) sum += length;
        if (sum == 0) return 1;
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(lengths.length), new MathContext(2, RoundingMode.HALF_UP))
                .doubleValue();
    }

    /** The least idf a term gets (that of a term in about three documents of four). */
    static final double MIN_IDF = 0.25;

    /** Writes {@code "term":[df,ids,scores,firsts]} of term {@code t}. */
    void write(int t, String term, JsonBytes out) {
        postings.gather(t, list);
        int df = list.size();
        // floored: a term in nearly every document would otherwise score 1 everywhere once rounded, and its title
        // matches would rank no higher than its body matches
        double idf = Math.max(MIN_IDF, Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
        if (scores.length < df) scores = new int[Math.max(df, scores.length * 2)];
        int top = 0;
        for (int i = 0; i < df; i++) {
            double tf = list.count(i);
            double score = idf * tf * (K1 + 1) / (tf + norms[list.id(i)]);
            scores[i] = Math.max(1, (int) Math.round(100 * score));
            top = Math.max(top, scores[i]);
        }
        int limit = isUnigram(term) ? UNIGRAM_LIMIT : LIMIT;
        // the lowest score kept, and how many of that score are kept (the lowest ids): all when not truncated
        int lowest = 0;
        int atLowest = Integer.MAX_VALUE;
        if (df > limit) {
            if (histogram.length <= top) histogram = new int[top + 1];
            Arrays.fill(histogram, 0, top + 1, 0);
            for (int i = 0; i < df; i++) histogram[scores[i]]++;
            int above = 0;
            lowest = top;
            while (above + histogram[lowest] < limit) above += histogram[lowest--];
            atLowest = limit - above;
        }
        // the positions kept, in id order: every one, or one pass picks them when the list is truncated
        int kept = df;
        int[] at = null;
        if (df > limit) {
            if (keptAt.length < limit) keptAt = new int[limit];
            at = keptAt;
            kept = 0;
            int taken = 0;
            for (int i = 0; i < df; i++) {
                int score = scores[i];
                if (score > lowest || score == lowest && taken++ < atLowest) at[kept++] = i;
            }
        }
        out.string(term).ascii(":[").number(df).ascii(",[");
        int previous = 0;
        for (int k = 0; k < kept; k++) {
            int id = list.id(at == null ? k : at[k]);
            if (k > 0) out.ascii(',');
            out.number(id - previous);
            previous = id;
        }
        out.ascii("],[");
        for (int k = 0; k < kept; k++) {
            if (k > 0) out.ascii(',');
            out.number(scores[at == null ? k : at[k]]);
        }
        out.ascii("],[");
        for (int k = 0; k < kept; k++) {
            if (k > 0) out.ascii(',');
            out.number(list.first(at == null ? k : at[k]));
        }
        out.ascii("]]");
    }

    /** Whether {@code term} is one CJK code point: its list is the shorter one. */
    static boolean isUnigram(String term) {
        int cp = term.codePointAt(0);
        return Character.charCount(cp) == term.length() && CodePoints.classOf(cp) == CodePoints.CJK;
    }
}
