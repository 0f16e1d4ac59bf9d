package dev.salescycle.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.salescycle.testkit.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The shop server's credential for tests that drive a host as the shop's own server would: every shop of a
 * test config gets {@link #KEY}, and the browser routes' rate limits are off (tests of the limits set their
 * own), so that a client with the key reaches every shop route.
 */
final class TestKeys {

    /** The API key of every shop in a config passed through {@link #config}. */
    static final String KEY = "it-shop-server-key-000000000000";
    /** The header that carries it. */
    static final Map<String, String> AUTH = Map.of("Authorization", "Bearer " + KEY);

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private TestKeys() {
    }

    /** The config with {@link #KEY} among each shop's {@code apiKeys} and, unless it sets them, no rate limits. */
    static String config(String yaml) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(yaml);
            ObjectNode host = root.has("host") && root.get("host").isObject() ? (ObjectNode) root.get("host") : root.putObject("host");
            if (!host.has("rateLimits")) {
                host.putObject("rateLimits").put("enabled", false);
            }
            JsonNode shops = root.path("shops");
            shops.fieldNames().forEachRemaining(id -> {
                ObjectNode shop = (ObjectNode) shops.get(id);
                if (!shop.has("apiKeys")) {
                    shop.putArray("apiKeys").add(KEY);
                }
            });
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the host that shows the shop key with every request. */
    static ApiClient client(TestHost host) {
        return host.client().withHeaders(AUTH);
    }
}
