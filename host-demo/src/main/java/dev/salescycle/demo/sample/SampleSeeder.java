package dev.salescycle.demo.sample;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fills each configured shop that has bundled sample data with its catalogue and order history,
 * through the host's own HTTP API as any integrator would. Running it again changes nothing:
 * products are upserted and past orders keep their ids.
 */
public final class SampleSeeder {

    private final DemoApiClient api;
    private final SampleShops samples;
    private final PastOrderGenerator generator;
    private final Clock clock;

    /**
     * @param api       client of the running host
     * @param samples   the bundled sample data
     * @param generator makes the order histories
     * @param clock     the orders are dated before its now
     */
    public SampleSeeder(DemoApiClient api, SampleShops samples, PastOrderGenerator generator, Clock clock) {
        this.api = api;
        this.samples = samples;
        this.generator = generator;
        this.clock = clock;
    }

    /** @return one line per shop saying what was seeded or why not */
    public List<String> seedAll() {
        List<String> report = new ArrayList<>();
        for (JsonNode shop : api.shops()) {
            report.add(seed(shop.path("id").asText(), shop.path("currency").asText()));
        }
        return report;
    }

    private String seed(String shopId, String currency) {
        Optional<SampleShop> sample = samples.forShop(shopId);
        if (sample.isEmpty()) {
            return shopId + ": no bundled sample data";
        }
        SampleShop shop = sample.get();
        if (!shop.currency().getCurrencyCode().equals(currency)) {
            return shopId + ": sample data is in " + shop.currency() + " but the shop sells in " + currency
                    + "; not seeded";
        }
        List<CatalogueEntry> catalogue = shop.products().stream()
                .map(p -> CatalogueEntry.of(p, shop.currency())).toList();
        api.putProducts(shopId, catalogue);
        String ndjson = generator.generate(shopId, shop, clock.instant()).stream()
                .map(api::toJson).collect(Collectors.joining("\n", "", "\n"));
        JsonNode imported = api.importOrders(shopId, ndjson);
        return shopId + ": " + catalogue.size() + " products, " + imported.path("imported").asInt()
                + " past orders imported (" + imported.path("skipped").asInt() + " already there)";
    }
}
