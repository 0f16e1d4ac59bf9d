package dev.salescycle.testkit;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One shop of a test host, written in Java instead of YAML: its id, its currency and its plugins in order,
 * each with its settings as an operator would write them (strings, numbers, booleans, lists, maps).
 *
 * <pre>{@code
 * TestShop.named("gifts").currency("EUR").plugin("gift-wrap", Map.of("price", "3.00"))
 * }</pre>
 *
 * <p>The host gets a generated shop API key for each shop; {@link HostClient} sends it on the shop's routes.
 *
 * @since 1.1.0
 */
public final class TestShop {

    /** One enabled plugin and its settings. */
    record Entry(String pluginId, Map<String, Object> settings) {
    }

    private final String id;
    private final String currency;
    private final List<Entry> plugins;

    private TestShop(String id, String currency, List<Entry> plugins) {
        this.id = Objects.requireNonNull(id, "id");
        this.currency = Currency.getInstance(currency).getCurrencyCode();
        this.plugins = List.copyOf(plugins);
    }

    /** A shop in EUR with no plugins yet. */
    public static TestShop named(String id) {
        return new TestShop(id, "EUR", List.of());
    }

    /** A copy in another currency (an ISO 4217 code such as {@code GBP}). */
    public TestShop currency(String code) {
        return new TestShop(id, code, plugins);
    }

    /** A copy that also enables the plugin, after the ones before, with its declared defaults. */
    public TestShop plugin(String pluginId) {
        return plugin(pluginId, Map.of());
    }

    /** A copy that also enables the plugin, after the ones before, with these settings. */
    public TestShop plugin(String pluginId, Map<String, ?> settings) {
        List<Entry> more = new ArrayList<>(plugins);
        more.add(new Entry(Objects.requireNonNull(pluginId, "pluginId"), new LinkedHashMap<>(settings)));
        return new TestShop(id, currency, more);
    }

    /** The shop id. */
    public String id() {
        return id;
    }

    /** The currency code. */
    public String currencyCode() {
        return currency;
    }

    List<Entry> plugins() {
        return plugins;
    }
}
