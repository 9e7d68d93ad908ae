package dev.broadsheet.content;

/**
 * A content file whose front matter has been read and whose URL path is known, waiting for its body to be
 * rendered.
 *
 * @param source        the file
 * @param fields        its front matter
 * @param body          its Markdown body
 * @param bodyFirstLine the file line the body starts on
 * @param path          its page path relative to the site root ({@code en/economy/a/})
 */
record ParsedFile(SourceFile source, Fields fields, String body, int bodyFirstLine, String path) {

    boolean isArticle() {
        return source.section() != null;
    }
}
