package dev.broadsheet.example;

import java.net.URI;
import java.util.EnumMap;
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

    /** Makes every served site forget what its pages stored (the large-text choice). */
    void clearStorage(Browser browser) {
        servers.values().forEach(server -> browser.clearStorage(server.origin()));
    }

    @Override
    public void close() {
        servers.values().forEach(StaticServer::close);
    }
}
