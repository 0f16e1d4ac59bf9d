package dev.salescycle.host.http;

import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of this contract, shipped in the jar beside this
 * class. Anyone may read it; it draws from the browser routes' bucket like {@code /health}.
 */
final class OpenApiRoutes {

    /** The description's name beside this class, for the tests that read it from the class path. */
    static final String RESOURCE = "openapi.json";
    static final String PATH = "api/v1/openapi.json";

    private final byte[] description = load();

    void register(RouteTable table) {
        table.add(new Route("GET", PATH, Audience.BROWSER, RateClass.BROWSER, false,
                x -> Answers.bytes(x.response(), 200, Answers.JSON, description)));
    }

    private static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + OpenApiRoutes.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
