package dev.broadsheet.punctuation;

/**
 * A stretch of prose read from a source file, such as a paragraph or a title, with where each of its
 * characters is written in the file's text (line endings made LF, no byte order mark).
 *
 * @param text   the prose
 * @param starts for each character, the offset of what writes it in the file's text; -1 for one that is not
 *               written there as itself and cannot be changed (code, a URL, a line break, an escape)
 * @param ends   for each character, the offset after what writes it (one after its start, or two for a
 *               quote escaped in YAML)
 */
record TextRun(String text, int[] starts, int[] ends) {

    /** Whether characters {@code from} to {@code to} (exclusive) are written one after another, each as itself. */
    boolean editable(int from, int to) {
        for (int i = from; i < to; i++) {
            if (starts[i] < 0 || i > from && starts[i] != ends[i - 1]) return false;
        }
        return true;
    }
}
