package dev.broadsheet.search;

import java.util.List;

/**
 * A run of consecutive documents of one language and, once a {@link ChunkAnalyzer} has read them, what the
 * index needs of them: their distinct terms, each term's postings in the chunk, each document's weighted
 * length and excerpt.
 *
 * <p>The postings are kept compressed, since the merged index holds every chunk's at once: for each term of
 * the chunk, in document order, the difference from the previous document of the term (from 0 for the
 * first), the weighted count, each as a base-128 varint, then the first slot modulo 256 as one byte. About
 * three bytes a posting, against eight for the same three numbers as ints in arrays.
 */
final class Chunk {

    private final List<IndexedDocument> docs;
    private final int firstId;
    private TermTable.Frozen terms;
    /** Where each term's postings start in {@link #postings}; one more for the end. */
    private int[] offsets;
    private byte[] postings;
    private int[] lengths;
    private String[] excerpts;

    Chunk(List<IndexedDocument> docs, int firstId) {
        this.docs = docs;
        this.firstId = firstId;
    }

    /** What {@link ChunkAnalyzer} found. */
    void analysed(TermTable.Frozen terms, int[] offsets, byte[] postings, int[] lengths, String[] excerpts) {
        this.terms = terms;
        this.offsets = offsets;
        this.postings = postings;
        this.lengths = lengths;
        this.excerpts = excerpts;
    }

    List<IndexedDocument> documents() {
        return docs;
    }

    int firstId() {
        return firstId;
    }

    int size() {
        return docs.size();
    }

    /** The distinct terms of the chunk, numbered as its postings are. */
    TermTable.Frozen terms() {
        return terms;
    }

    /** Appends the postings of the chunk's term {@code term} to {@code list}, ids counted from the whole language's. */
    void postings(int term, PostingList list) {
        byte[] data = postings;
        int doc = 0;
        for (int at = offsets[term], end = offsets[term + 1]; at < end; ) {
            int delta = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = data[at++];
                delta |= (b & 0x7F) << shift;
                if (b >= 0) break;
            }
            int count = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = data[at++];
                count |= (b & 0x7F) << shift;
                if (b >= 0) break;
            }
            doc += delta;
            list.add(firstId + doc, count, data[at++] & 0xFF);
        }
    }

    /** The weighted length {@code dl} of document {@code d} of the chunk. */
    int length(int d) {
        return lengths[d];
    }

    String excerpt(int d) {
        return excerpts[d];
    }

    /** Lets go of the terms once the merge has numbered them for the whole language. */
    void releaseTerms() {
        terms = null;
    }

    /** Lets go of the postings once every term is scored. */
    void releasePostings() {
        offsets = null;
        postings = null;
    }
}
