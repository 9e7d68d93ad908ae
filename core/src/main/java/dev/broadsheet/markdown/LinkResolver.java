package dev.broadsheet.markdown;

/**
 * Finds the page a relative {@code .md} link points to. Called from any thread, so implementations must be
 * thread-safe (a read-only index of the site's files is).
 */
@FunctionalInterface
public interface LinkResolver {

    /**
     * The URL of the page written in another Markdown file.
     *
     * @param target the link's path as written, percent-decoded: relative, ends with {@code .md}, without
     *               {@code #fragment} or {@code ?query}, e.g. {@code "../law/a.md"}
     * @return the URL path of that page (e.g. {@code "/news/law/a/"}), or {@code null} when no such file
     *         exists
     */
    String resolve(String target);
}
