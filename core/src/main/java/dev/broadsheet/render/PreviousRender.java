package dev.broadsheet.render;

/**
 * What a previous render produced, as far as a new render needs to know: whether a file made from inputs with a
 * given digest is still there, so that it need not be rendered again. A build keeps this beside its output; a
 * dev server keeps it in memory.
 */
@FunctionalInterface
public interface PreviousRender {

    /** Nothing rendered before: every file is rendered. */
    PreviousRender NONE = (path, digest) -> false;

    /** Whether {@code path} was made from inputs with {@code digest} and its bytes are still available as made. */
    boolean has(String path, String digest);

    /**
     * The digest {@code path} was made from, if its bytes are still available; a render that knows a page
     * cannot have changed reuses it under this digest without computing the page's data.
     */
    default String digest(String path) {
        return null;
    }
}
