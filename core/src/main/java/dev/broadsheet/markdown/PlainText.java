package dev.broadsheet.markdown;

/**
 * Plain text gathered from pieces of a syntax tree: runs of white space become one space, none at either
 * end.
 */
final class PlainText {

    private final StringBuilder text = new StringBuilder();
    private boolean space;

    /** Adds {@code piece}, folding its white space. */
    void append(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !text.isEmpty()) {
                    text.append(' ');
                }
                space = false;
                text.append(c);
            }
        }
    }

    /** Separates what comes next from what came before by a space. */
    void space() {
        space = true;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
