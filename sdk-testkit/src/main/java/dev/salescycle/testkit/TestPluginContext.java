package dev.salescycle.testkit;

import dev.salescycle.host.config.SettingsException;
import dev.salescycle.host.config.SettingsValidator;
import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.PluginState;
import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.settings.SettingProblem;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.Settings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PluginContext} for unit tests of a plugin: settings validated exactly as the host validates
 * them, a fixed clock, and in-memory products, orders and state.
 *
 * <p>As in the host, settings belong to the plugin: give {@link #forHook} all the hooks of the plugin and
 * each of them may read any setting one of them declares.
 *
 * <pre>{@code
 * PluginContext ctx = TestPluginContext.forHook(new MyUpsell())
 *         .setting("maxItems", 3)
 *         .product(new Product("sku-1", "Coffee", Money.of("4.50", "EUR"), null, null))
 *         .build();
 * }</pre>
 *
 * @since 1.0.0
 */
public record TestPluginContext(String shopId, String pluginId, Currency currency, Settings settings,
                                Clock clock, ProductCatalog products, OrderHistory orders,
                                PluginState state) implements PluginContext {

    /** The instant the default clock is fixed at. */
    public static final Instant DEFAULT_NOW = Instant.parse("2026-01-15T10:00:00Z");

    /** Starts a context for the given hooks of one plugin; their declared settings are validated. */
    public static Builder forHook(SalesCycleHook... hooks) {
        return new Builder(List.of(hooks));
    }

    /** Builds a {@link TestPluginContext}. */
    public static final class Builder {
        private final List<SalesCycleHook> hooks;
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private final List<Product> products = new ArrayList<>();
        private final List<Order> orders = new ArrayList<>();
        private String shopId = "test-shop";
        private String pluginId = "plugin-under-test";
        private Currency currency = Currency.getInstance("EUR");
        private Clock clock = Clock.fixed(DEFAULT_NOW, ZoneOffset.UTC);
        private InMemoryPluginState state = new InMemoryPluginState();

        private Builder(List<SalesCycleHook> hooks) {
            this.hooks = hooks;
        }

        /** The shop the plugin runs for; {@code test-shop} in EUR unless set. */
        public Builder shop(String id, String currencyCode) {
            this.shopId = id;
            this.currency = Currency.getInstance(currencyCode);
            return this;
        }

        /** The id the plugin's state and settings are kept under. */
        public Builder pluginId(String id) {
            this.pluginId = id;
            return this;
        }

        /** A raw setting as an operator would write it in YAML (numbers, strings, lists, maps). */
        public Builder setting(String name, Object value) {
            settings.put(name, value);
            return this;
        }

        /** The clock the context hands the plugin. */
        public Builder clock(Clock fixed) {
            this.clock = fixed;
            return this;
        }

        /** Adds a product to the shop's catalogue. */
        public Builder product(Product product) {
            products.add(product);
            return this;
        }

        /** Adds an order to the shop's history. */
        public Builder order(Order order) {
            orders.add(order);
            return this;
        }

        /** Adds orders to the shop's history. */
        public Builder orders(List<Order> more) {
            orders.addAll(more);
            return this;
        }

        /** Shares state between contexts, as the host does across calls. */
        public Builder state(InMemoryPluginState shared) {
            this.state = shared;
            return this;
        }

        /**
         * Builds the context, checking the settings as the host does: against the specs of all the hooks, then
         * with each hook's {@link SalesCycleHook#validate}.
         *
         * @throws InvalidSettingsException if the host would refuse the settings, with the host's message: one
         *     {@code name: expected ..., got ...} per problem, joined by {@code "; "}
         * @throws IllegalArgumentException if two hooks declare one setting with different types
         */
        public TestPluginContext build() {
            List<SettingSpec> specs = new ArrayList<>();
            hooks.forEach(h -> specs.addAll(h.settingSpecs()));
            Settings resolved;
            try {
                resolved = new SettingsValidator(specs).resolve(settings, currency);
            } catch (SettingsException e) {
                throw new InvalidSettingsException(e.problems().stream()
                        .map(p -> new SettingProblem(p.setting(), p.message())).toList());
            }
            List<SettingProblem> problems = new ArrayList<>();
            hooks.forEach(h -> problems.addAll(h.validate(resolved)));
            if (!problems.isEmpty()) {
                throw new InvalidSettingsException(problems);
            }
            return new TestPluginContext(shopId, pluginId, currency, resolved, clock,
                    new InMemoryCatalog(products), new InMemoryOrderHistory(orders), state);
        }
    }
}
