package dev.salescycle.host.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.SalesCycleHost;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description shipped in the jar describes exactly the routes of the route table of a real host: a
 * route added to the table without its description, or described without a route, fails here, listed by method
 * and path; so does an operation whose caller, rate class or JSON body differs from its route's.
 */
@Timeout(120)
class OpenApiCoverageTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @TempDir
    static Path dir;
    static SalesCycleHost host;
    static JsonNode description;

    @BeforeAll
    static void build() throws IOException {
        Path config = dir.resolve("salescycle.yaml");
        Files.writeString(config, """
                host:
                  port: 0
                shops:
                  s:
                    currency: EUR
                    plugins: []
                """);
        host = SalesCycleHost.builder().configFile(config).pluginsDir(Files.createDirectories(dir.resolve("plugins")))
                .dataDir(dir.resolve("data")).port(0).publicUrl(URI.create("https://shop.example.com/sales/")).build();
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            description = Json.MAPPER.readTree(in);
        }
    }

    @AfterAll
    static void close() {
        host.close();
    }

    private static List<Route> table() {
        return ((ApiServlet) host.servlet()).routes();
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> out = new TreeMap<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                out.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
            }
        }));
        return out;
    }

    private static String key(Route route) {
        return route.method() + " /" + route.pattern();
    }

    @Test
    void describesEveryRouteOfTheTableAndNoOther() {
        Set<String> routes = new TreeSet<>();
        table().forEach(r -> routes.add(key(r)));
        Set<String> described = operations().keySet();

        Set<String> undescribed = new TreeSet<>(routes);
        undescribed.removeAll(described);
        Set<String> unrouted = new TreeSet<>(described);
        unrouted.removeAll(routes);

        SoftAssertions both = new SoftAssertions();
        both.assertThat(undescribed).as("routes of ApiServlet's table that openapi.json does not describe; add them under"
                + " \"paths\" in host-runtime/src/main/resources/dev/salescycle/host/http/openapi.json, starting from"
                + " these stubs:%n%s", stubs(undescribed)).isEmpty();
        both.assertThat(unrouted).as("operations in openapi.json that no route of ApiServlet's table answers").isEmpty();
        both.assertThat(routes).as("no route is in the table twice").hasSize(table().size());
        both.assertAll();
    }

    /** A starting point for each missing operation, with the values the route table gives. */
    private static String stubs(Set<String> keys) {
        StringBuilder out = new StringBuilder();
        for (Route route : table()) {
            if (keys.contains(key(route))) {
                out.append(String.format("\"/%s\": {\"%s\": {\"tags\": [], \"summary\": \"\", \"operationId\": \"\","
                        + " \"x-salescycle-audience\": \"%s\", \"x-salescycle-rate-class\": \"%s\", \"security\": [],"
                        + " \"responses\": {\"200\": {\"description\": \"\"}, \"default\": {\"$ref\": \"#/components/responses/Failure\"}}}}%n",
                        route.pattern(), route.method().toLowerCase(Locale.ROOT), route.audience(), route.rate()));
            }
        }
        return out.toString();
    }

    @Test
    void eachOperationNamesItsRoutesCallerRateClassAndJsonBody() {
        Map<String, JsonNode> operations = operations();
        List<String> wrong = new ArrayList<>();
        for (Route route : table()) {
            JsonNode op = operations.get(key(route));
            if (op == null) {
                continue; // reported by the test above
            }
            if (!route.audience().name().equals(op.path("x-salescycle-audience").asText())) {
                wrong.add(key(route) + ": x-salescycle-audience should be " + route.audience());
            }
            if (!route.rate().name().equals(op.path("x-salescycle-rate-class").asText())) {
                wrong.add(key(route) + ": x-salescycle-rate-class should be " + route.rate());
            }
            if (route.json() && !op.path("responses").has("415")) {
                wrong.add(key(route) + ": takes only JSON bodies, so it answers 415");
            }
            if (route.json() && op.has("requestBody") && !op.at("/requestBody/content").has("application/json")) {
                wrong.add(key(route) + ": its body is application/json");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void isOpenApi31WithTheJsonSchema202012DialectAndEveryOperationIdOnce() {
        assertThat(description.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(description.get("jsonSchemaDialect").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> ids = operations().values().stream().map(op -> op.path("operationId").asText()).toList();
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
    }
}
