package dev.salescycle.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A client of a test host whose answers are JSON trees: {@code answer.status()} and
 * {@code answer.json().path("offers")}. On a shop's routes ({@code /api/v1/shops/<id>/...}) it sends the shop's
 * generated API key, and on {@code /admin/...} and customer routes the admin token, unless the call gives its
 * own {@code Authorization}. Idempotent requests are sent again once when a reused connection fails (see
 * {@link ApiClient}).
 *
 * @since 1.1.0
 */
public final class HostClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param json the body as a JSON tree; a {@link MissingNode} when the body is not JSON
     * @param body the body as text
     * @param headers the response headers (first value of each, names in any case)
     */
    public record Answer(int status, JsonNode json, String body, Map<String, String> headers) {

        static Answer of(ApiClient.Response response) {
            JsonNode tree;
            try {
                tree = response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                tree = MissingNode.getInstance();
            }
            return new Answer(response.status(), tree, response.body(), response.headers());
        }

        /** The error code of a {@code {"error":{"code",...}}} answer, or empty. */
        public String errorCode() {
            return json.path("error").path("code").asText("");
        }
    }

    private final ApiClient api;
    private final Map<String, String> shopKeys;
    private final String adminToken;

    HostClient(URI base, Map<String, String> shopKeys, String adminToken) {
        this.api = new ApiClient(base);
        this.shopKeys = Map.copyOf(shopKeys);
        this.adminToken = adminToken;
    }

    /** GETs a path such as {@code /health}. */
    public Answer get(String path) {
        return Answer.of(api.get(path, credentials(path)));
    }

    /** POSTs a JSON body (a string, or any object Jackson writes, such as a map or a record). */
    public Answer post(String path, Object json) {
        return post(path, json, Map.of());
    }

    /** POSTs a JSON body with extra headers, such as {@code Idempotency-Key}. */
    public Answer post(String path, Object json, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(credentials(path));
        all.putAll(headers);
        return Answer.of(api.post(path, text(json), all));
    }

    /** PUTs a JSON body. */
    public Answer put(String path, Object json) {
        return Answer.of(api.withHeaders(credentials(path)).put(path, text(json)));
    }

    /** DELETEs a path. */
    public Answer delete(String path) {
        return Answer.of(api.delete(path, credentials(path)));
    }

    /** Evaluates a cart in a shop: {@code POST /api/v1/shops/<shop>/cart/evaluate}. */
    public Answer evaluateCart(String shop, Object cart) {
        return post("/api/v1/shops/" + shop + "/cart/evaluate", cart);
    }

    /** The plain client underneath, with text bodies. */
    public ApiClient api() {
        return api;
    }

    private Map<String, String> credentials(String path) {
        String[] parts = path.split("/");
        if (parts.length > 4 && "api".equals(parts[1]) && "shops".equals(parts[3])) {
            boolean admin = parts.length > 5 && "customers".equals(parts[5]);
            String key = admin ? adminToken : shopKeys.get(parts[4]);
            return key == null ? Map.of() : Map.of("Authorization", "Bearer " + key);
        }
        return path.startsWith("/admin") || path.startsWith("/metrics") ? Map.of("Authorization", "Bearer " + adminToken) : Map.of();
    }

    private static String text(Object json) {
        if (json instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + json + " as JSON", e);
        }
    }
}
