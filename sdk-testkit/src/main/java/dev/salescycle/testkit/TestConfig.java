package dev.salescycle.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operator config of a test host: written from {@link TestShop}s with generated credentials, or given as YAML. */
record TestConfig(String text, Map<String, String> shopKeys, String adminToken) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final SecureRandom RANDOM = new SecureRandom();

    static TestConfig yaml(String text) {
        return new TestConfig(text, Map.of(), null);
    }

    static TestConfig of(List<TestShop> shops) {
        if (shops.isEmpty()) {
            throw new IllegalArgumentException("a test host needs at least one shop (or a YAML config)");
        }
        String admin = "test-admin-" + secret();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Object> shopNodes = new LinkedHashMap<>();
        for (TestShop shop : shops) {
            String key = "test-key-" + secret();
            keys.put(shop.id(), key);
            List<Object> plugins = new ArrayList<>();
            for (TestShop.Entry entry : shop.plugins()) {
                Map<String, Object> plugin = new LinkedHashMap<>();
                plugin.put("id", entry.pluginId());
                if (!entry.settings().isEmpty()) {
                    plugin.put("settings", entry.settings());
                }
                plugins.add(plugin);
            }
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("currency", shop.currencyCode());
            node.put("apiKeys", List.of(key));
            node.put("plugins", plugins);
            shopNodes.put(shop.id(), node);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("host", Map.of("adminToken", admin));
        root.put("shops", shopNodes);
        try {
            return new TestConfig(YAML.writeValueAsString(root), Map.copyOf(keys), admin);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the shops as YAML: " + e.getOriginalMessage(), e);
        }
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
