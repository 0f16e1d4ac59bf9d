package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * The Groceries baskets imported over HTTP as CSV; a cart evaluated over HTTP gets ranked recommendations
 * whose evidence matches a count over the file; live orders and a restart keep the model right.
 */
@Timeout(600)
class GroceriesOverHttpTest {

    static final String CONFIG = """
            host:
              maxImportBytes: 2000000
            shops:
              grocer:
                currency: EUR
                plugins:
                  - id: co-purchase-upsell
                    budget: 200ms
                    settings: { maxItems: 5, minSupport: 0.001, minConfidence: 0.05 }
            """;
    static final String CART = """
            {"currency":"EUR","lines":[{"sku":"yogurt","quantity":1,"unitPrice":"1.00"},
                                       {"sku":"root vegetables","quantity":1,"unitPrice":"1.00"}]}""";

    static List<Set<String>> baskets() throws Exception {
        List<Set<String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("salescycle.test.groceries")))) {
            Set<String> items = new HashSet<>();
            for (String item : line.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            if (!items.isEmpty()) {
                out.add(items);
            }
        }
        return out;
    }

    static long count(List<Set<String>> baskets, Set<String> items) {
        return baskets.stream().filter(b -> b.containsAll(items)).count();
    }

    /** Every recommendation's evidence equals a count over the baskets, and the list is ranked by confidence. */
    static void assertEvidenceCounts(JsonNode recs, List<Set<String>> baskets) {
        double previous = Double.MAX_VALUE;
        for (JsonNode r : recs) {
            assertThat(r.get("plugin").asText()).isEqualTo("co-purchase-upsell");
            JsonNode e = r.get("evidence");
            Set<String> antecedent = new HashSet<>();
            e.get("antecedent").forEach(a -> antecedent.add(a.asText()));
            Set<String> both = new HashSet<>(antecedent);
            both.add(r.get("sku").asText());
            double n = baskets.size();
            double support = count(baskets, both) / n;
            double confidence = (double) count(baskets, both) / count(baskets, antecedent);
            double lift = confidence / (count(baskets, Set.of(r.get("sku").asText())) / n);
            assertThat(e.get("support").asDouble()).isCloseTo(support, within(1e-9));
            assertThat(e.get("confidence").asDouble()).isCloseTo(confidence, within(1e-9));
            assertThat(e.get("lift").asDouble()).isCloseTo(lift, within(1e-9));
            assertThat(e.get("orders").asLong()).isEqualTo(count(baskets, both));
            assertThat(confidence).as("ranked by confidence, best first").isLessThanOrEqualTo(previous);
            previous = confidence;
        }
    }

    @Test
    void importEvaluateOrderAndRestart(@TempDir Path dir) throws Exception {
        String csv = Files.readString(Path.of(System.getProperty("salescycle.test.groceries")));
        List<Set<String>> baskets = baskets();
        JsonNode first;
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config(CONFIG)).plugin(Plugins.zip("co-purchase-upsell")).start()) {
            ApiClient api = TestKeys.client(host);
            ApiClient.Response imported = api.post("/api/v1/shops/grocer/orders/import?batch=groceries", csv, "text/csv");
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(FiveStagesTest.json(imported).get("imported").asLong()).isEqualTo(baskets.size());
            assertThat(FiveStagesTest.json(api.post("/api/v1/shops/grocer/orders/import?batch=groceries", csv, "text/csv"))
                    .get("skipped").asLong()).as("the same file again imports nothing").isEqualTo(baskets.size());
            host.host().runtime().awaitPluginsIdle(30_000);

            first = FiveStagesTest.json(api.post("/api/v1/shops/grocer/cart/evaluate", CART));
            JsonNode recs = first.get("recommendations");
            assertThat(recs.size()).isBetween(1, 5);
            assertEvidenceCounts(recs, baskets);

            String top = recs.get(0).get("sku").asText();
            long before = recs.get(0).get("evidence").get("orders").asLong();
            ApiClient.Response order = api.post("/api/v1/shops/grocer/orders", """
                    {"orderId":"live-1","customerEmail":"gro@example.org","currency":"EUR","total":"3.00",
                     "lines":[{"sku":"yogurt","quantity":1,"unitPrice":"1.00"},{"sku":"root vegetables","quantity":1,"unitPrice":"1.00"},
                              {"sku":"%s","quantity":1,"unitPrice":"1.00"}]}""".formatted(top));
            assertThat(order.status()).isEqualTo(201);
            host.host().runtime().awaitPluginsIdle(10_000);
            JsonNode after = FiveStagesTest.json(api.post("/api/v1/shops/grocer/cart/evaluate", CART));
            long nowOrders = -1;
            for (JsonNode r : after.get("recommendations")) {
                if (r.get("sku").asText().equals(top)) {
                    nowOrders = r.get("evidence").get("orders").asLong();
                }
            }
            assertThat(nowOrders).as("a live order feeds the model").isEqualTo(before + 1);
            first = after;
        }
        try (TestHost restarted = TestHost.builder(dir).config(TestKeys.config(CONFIG)).plugin(Plugins.zip("co-purchase-upsell")).start()) {
            restarted.host().runtime().awaitPluginsIdle(30_000);
            JsonNode again = FiveStagesTest.json(TestKeys.client(restarted).post("/api/v1/shops/grocer/cart/evaluate", CART));
            assertThat(withoutRefs(again.get("recommendations"))).as("the model is rebuilt from the store after a restart")
                    .isEqualTo(withoutRefs(first.get("recommendations")));
        }
    }

    @Test
    void anImportDeclaredOverTheLimitIsRefusedWith413AndNothingImported(@TempDir Path dir) {
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config(CONFIG.replace("maxImportBytes: 2000000", "maxImportBytes: 2048")))
                .plugin(Plugins.zip("co-purchase-upsell")).start()) {
            ApiClient.Response r = TestKeys.client(host).post("/api/v1/shops/grocer/orders/import", "a,b\n".repeat(1000), "text/csv");
            assertThat(r.status()).isEqualTo(413);
            assertThat(FiveStagesTest.json(r).get("error").get("code").asText()).isEqualTo("body_too_large");
            assertThat(host.host().runtime().store().orderCount("grocer")).isZero();
        }
    }

    @Test
    void aChunkedImportOverTheLimitKeepsTheBasketsBeforeItAndTheModelLearnsThem(@TempDir Path dir) throws Exception {
        int limit = 200_000;
        byte[] file = Files.readAllBytes(Path.of(System.getProperty("salescycle.test.groceries")));
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config(CONFIG.replace("maxImportBytes: 2000000", "maxImportBytes: " + limit)))
                .plugin(Plugins.zip("co-purchase-upsell")).start()) {
            ApiClient.Response r = ChunkedUpload.post(URI.create(host.host().baseUri() + "api/v1/shops/grocer/orders/import"),
                    "text/csv", () -> new ByteArrayInputStream(file));

            assertThat(r.status()).as(r.body()).isEqualTo(413);
            JsonNode answer = FiveStagesTest.json(r);
            assertThat(answer.get("error").get("code").asText()).isEqualTo("body_too_large");
            int imported = answer.get("imported").asInt();
            assertThat(imported).as("the baskets read before the limit, less what was buffered when it was reached")
                    .isBetween(completeLines(file, limit - 65_536), completeLines(file, limit));
            assertThat(host.host().runtime().store().orderCount("grocer")).isEqualTo(imported);

            host.host().runtime().awaitPluginsIdle(30_000);
            JsonNode recs = FiveStagesTest.json(TestKeys.client(host).post("/api/v1/shops/grocer/cart/evaluate", CART))
                    .get("recommendations");
            assertThat(recs.size()).as("the model learned the stored baskets").isBetween(1, 5);
            assertEvidenceCounts(recs, baskets().subList(0, imported));
        }
    }

    private static int completeLines(byte[] file, int bytes) {
        int lines = 0;
        for (int i = 0; i < bytes; i++) {
            if (file[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The recommendations without their attribution references, which carry the second they were signed in. */
    private static JsonNode withoutRefs(JsonNode recommendations) {
        com.fasterxml.jackson.databind.node.ArrayNode out = recommendations.deepCopy();
        out.forEach(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("ref"));
        return out;
    }
}
