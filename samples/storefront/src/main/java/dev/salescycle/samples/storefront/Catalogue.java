package dev.salescycle.samples.storefront;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The shop's products, read from the same {@code products.json} its pages show: the server prices orders by it. */
final class Catalogue {

    static final String RESOURCE = "site/products.json";

    private final String currency;
    private final Map<String, Product> products;

    private Catalogue(String currency, Map<String, Product> products) {
        this.currency = currency;
        this.products = Map.copyOf(products);
    }

    static Catalogue load(ObjectMapper json) {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            JsonNode root = json.readTree(in);
            Map<String, Product> products = new LinkedHashMap<>();
            for (JsonNode p : root.path("products")) {
                products.put(p.path("sku").asText(), new Product(p.path("sku").asText(), p.path("name").asText(),
                        new BigDecimal(p.path("price").asText())));
            }
            return new Catalogue(root.path("currency").asText(), products);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is unreadable: " + e.getMessage(), e);
        }
    }

    String currency() {
        return currency;
    }

    Optional<Product> product(String sku) {
        return Optional.ofNullable(products.get(sku));
    }

    /** A product as the shop sells it. */
    record Product(String sku, String name, BigDecimal price) {
    }
}
