package dev.broadsheet.serve;

/**
 * How to serve a site.
 *
 * @param host   the address to listen on ({@code 127.0.0.1})
 * @param port   the port, or 0 for any free one
 * @param drafts whether drafts are shown
 */
public record ServeOptions(String host, int port, boolean drafts) {

    /** 127.0.0.1:1313 with drafts, as writers expect while editing. */
    public static ServeOptions defaults() {
        return new ServeOptions("127.0.0.1", 1313, true);
    }
}
