package dev.salescycle.host.http;

import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import java.io.IOException;

/**
 * Serves the storefront SDK to any page of any origin: the loader at {@code /sdk/v1/salescycle.js} and one web
 * component per stage at {@code /sdk/v1/components/<tag>.js}. Plain files, the same for everyone, so caches may keep
 * them for a few minutes and revalidate by ETag; other origins' pages may load them
 * ({@code Cross-Origin-Resource-Policy: cross-origin}). Not rate-limited: they come from memory, and a page view
 * fetches up to six of them, which a bucket per client address would count against shoppers behind one address.
 */
final class SdkRoutes {

    static final String LOADER = "salescycle.js";
    static final String CACHE = "public, max-age=300";

    private final StaticFiles loader = new StaticFiles("sdk/v1", "js");
    private final StaticFiles components = new StaticFiles("sdk/v1/components", "js");

    void register(RouteTable table) {
        table.add(new Route("GET", "sdk/v1/" + LOADER, Audience.BROWSER, RateClass.NONE, false,
                        x -> serve(x, loader, LOADER)))
                .add(new Route("GET", "sdk/v1/components/{file}", Audience.BROWSER, RateClass.NONE, false,
                        x -> serve(x, components, x.param("file"))));
    }

    private static void serve(Exchange x, StaticFiles files, String name) throws IOException {
        StaticFiles.File file = files.get(name);
        if (file == null) {
            throw new RequestException(404, "not_found", "the storefront SDK has no file " + name, null);
        }
        var response = x.response();
        response.setHeader("Cache-Control", CACHE);
        response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
        response.setHeader("Access-Control-Allow-Origin", "*");
        StaticFiles.send(x, file);
    }
}
