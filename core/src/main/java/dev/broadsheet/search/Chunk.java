package dev.broadsheet.search;

import java.util.List;

/**
 * A run of consecutive documents of one language and, once a {@link ChunkAnalyzer} has read them, what the
 * index needs of them: their distinct terms, each term's postings in the chunk, each document's weighted
 * length and excerpt.
 *
 * <p>The postings are packed, since the merged index holds every chunk's at once (about 140 million of them
 * for 100,000 Chinese articles): for each term of the chunk, in document order, three bytes a posting, the
 * document's place in the chunk in the top 9 bits, the weighted count in the next 7 and the first slot
 * modulo 256 in the low 8. A count of {@link #LARGE_COUNT} or more is {@code LARGE_COUNT} there and the count
 * itself in the next four bytes. Base-128 varints of the document's distance from the term's previous one
 * and of the count took about as much room, but writing and reading them back cost twice as much: a sixth of
 * the index's build at 100,000 articles, against a twelfth.
 */
final class Chunk {

    /** The most documents a chunk holds: a document's place in it takes 9 bits of a posting. */
    static final int MAX_SIZE = 512;
    /** The least weighted count that a posting cannot hold in its 7 bits. */
    static final int LARGE_COUNT = 0x7F;

    private final List<IndexedDocument> docs;
    private final int firstId;
    private TermTable.Frozen terms;
    /** Where each term's postings start in {@link #postings}; one more for the end. */
    private int[] offsets;
    private byte[] postings;
    private int[] lengths;
    private String[] excerpts;

    Chunk(List<IndexedDocument> docs, int firstId) {
        if (docs.size() > MAX_SIZE) throw new IllegalArgumentException("a chunk of " + docs.size() + " documents");
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
        for (int at = offsets[term], end = offsets[term + 1]; at < end; at += 3) {
            int posting = (data[at] & 0xFF) << 16 | (data[at + 1] & 0xFF) << 8 | data[at + 2] & 0xFF;
            int count = posting >>> 8 & LARGE_COUNT;
            if (count == LARGE_COUNT) {
                count = (data[at + 3] & 0xFF) << 24 | (data[at + 4] & 0xFF) << 16 | (data[at + 5] & 0xFF) << 8
                        | data[at + 6] & 0xFF;
                at += 4;
            }
            list.add(firstId + (posting >>> 15), count, posting & 0xFF);
        }
    }

    /** The bytes of the postings of the chunk's term {@code term}: three a posting, more for large counts. */
    int postingSize(int term) {
        return offsets[term + 1] - offsets[term];
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
