package dev.broadsheet.example;

import java.net.URI;

/** The example site and its one-article-per-page copy, each served on its own 127.0.0.1 port. */
final class ServedSites implements AutoCloseable {

    private final StaticServer site = StaticServer.serve(ExampleSite.site());
    private final StaticServer paged = StaticServer.serve(ExampleSite.pagedSite());

    /** The URL of a page type's page. */
    URI url(ExampleSite.PageType type) {
        return (type.paged() ? paged : site).url(type.path());
    }

    StaticServer site() {
        return site;
    }

    StaticServer paged() {
        return paged;
    }

    @Override
    public void close() {
        try (site; paged) {
            // both closed
        }
    }
}
