package dev.broadsheet.example;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each build the tests check (see {@link ExampleSite.Build}), served on its own 127.0.0.1 port. */
final class ServedSites implements AutoCloseable {

    private final Map<ExampleSite.Build, StaticServer> servers = new EnumMap<>(ExampleSite.Build.class);

    ServedSites() {
        for (ExampleSite.Build build : ExampleSite.Build.values()) servers.put(build, StaticServer.serve(build.root()));
    }

    /** The URL of a page type's page. */
    URI url(ExampleSite.PageType type) {
        return server(type.build()).url(type.path());
    }

    StaticServer server(ExampleSite.Build build) {
        return servers.get(build);
    }

    /** The example site's server. */
    StaticServer site() {
        return server(ExampleSite.Build.SITE);
    }

    /**
     * Every HTML page of every build, and a page that does not exist (the 404 page a host serves), in the
     * order of the builds.
     */
    List<URI> everyPage() {
        List<URI> pages = new ArrayList<>();
        for (ExampleSite.Build build : ExampleSite.Build.values()) {
            StaticServer server = server(build);
            ExampleSite.htmlPages(build.root()).forEach(path -> pages.add(server.url(path)));
            pages.add(server.url("/no-such-page/"));
        }
        return pages;
    }

    /** Makes every served site forget what its pages stored (the large-text choice). */
    void clearStorage(Browser browser) {
        servers.values().forEach(server -> browser.clearStorage(server.origin()));
    }

    @Override
    public void close() {
        servers.values().forEach(StaticServer::close);
    }
}
