package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.salescycle.host.config.AttributionSettings;
import dev.salescycle.host.config.BreakerSettings;
import dev.salescycle.host.config.ShopAccess;
import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.host.context.StoreContextFactory;
import dev.salescycle.host.store.OrderPlacement;
import dev.salescycle.host.store.Store;
import dev.salescycle.host.store.StoreOptions;
import dev.salescycle.host.stream.OrderStream;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.settings.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

/**
 * The order stream on an embedded store: a hook learns the orders up to the start position in shopStarted and
 * every later one, placed or imported, once and in stream order; a hook that throws costs only itself; a hook
 * that does not follow orders relearns after an import; a new follower resumes after what its start read.
 */
@Timeout(120)
class OrderStreamTest {

    private static final ShopConfig SHOP = new ShopConfig("s", Currency.getInstance("EUR"), Duration.ofMillis(50),
            Duration.ofMillis(300), List.of(), ShopAccess.NONE, AttributionSettings.DEFAULTS);

    @TempDir
    Path dir;
    Store store;
    HookCallbacks callbacks;
    OrderStream stream;

    @BeforeEach
    void open() {
        store = Store.open(StoreOptions.of(StoreOptions.h2FileUrl(dir), null, null));
    }

    @AfterEach
    void close() {
        stop();
        store.close();
    }

    @Test
    void eachOrderIsLearnedOnceInStreamOrderAndAFailingHookCostsOnlyItself() throws Exception {
        place("o-1", "o-2", "o-3");
        Learner learner = new Learner();
        Legacy legacy = new Legacy();
        follow(learner, new Throwing(), legacy);
        idle();
        assertThat(learner.events).containsExactly("start:3");

        place("o-4", "o-5");
        store.importOrders("s", List.of(order("i-1"), order("i-2")));
        place("o-6");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(learner.events)
                .containsExactly("start:3", "o-4", "o-5", "i-1", "i-2", "o-6"));
        await().atMost(Duration.ofSeconds(30)).until(() -> stream.learned("s") == store.orderStream().streamHead("s"));
        assertThat(legacy.starts).as("a hook without orderRecorded relearns the import").first().isEqualTo(3L);
        assertThat(legacy.starts.get(legacy.starts.size() - 1)).isGreaterThanOrEqualTo(7L);
    }

    @Test
    void aNewFollowerResumesAfterWhatItsStartRead() throws Exception {
        place("o-1", "o-2");
        follow(new Learner());
        place("o-3");
        idle();
        stop();

        place("o-4");
        Learner restarted = new Learner();
        follow(restarted);
        idle();
        place("o-5");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(restarted.events)
                .containsExactly("start:4", "o-5"));
        assertThat(stream.learning("s", store.orderStream().streamHead("s")).caughtUp()).isTrue();
    }

    private void follow(SalesCycleHook... hooks) {
        callbacks = new HookCallbacks();
        StoreContextFactory contexts = new StoreContextFactory(store, Clock.systemUTC());
        List<BoundHook> bound = java.util.Arrays.stream(hooks).map(h -> new BoundHook(h.getClass().getSimpleName(),
                HookKind.UPSELL, h, contexts.create(SHOP, h.getClass().getSimpleName(), Mockito.mock(Settings.class)),
                getClass().getClassLoader(), TimeUnit.MILLISECONDS.toNanos(50),
                new HookStats(new CircuitBreaker(BreakerSettings.DEFAULTS, System::nanoTime), new Bulkhead(8)))).toList();
        ShopRuntime shop = new ShopRuntime(SHOP, bound, Map.of());
        stream = OrderStream.start(store.orderStream(), new RunningShops(Map.of("s", shop)), callbacks);
        callbacks.shopStarted(shop);
    }

    private void idle() throws InterruptedException {
        assertThat(stream.awaitCaughtUp(30_000)).isTrue();
        callbacks.awaitIdle(30_000);
    }

    private void stop() {
        if (stream != null) {
            stream.close();
            callbacks.close();
            stream = null;
        }
    }

    private void place(String... ids) {
        for (String id : ids) {
            store.placeOrder("s", new OrderPlacement(order(id), null, null, null, "h", 201, "{}", null, List.of(),
                    List.of()));
        }
    }

    private static Order order(String id) {
        Money price = Money.of("1.00", "EUR");
        return new Order(id, null, null, Currency.getInstance("EUR"), List.of(new CartLine("a", "a", 1, price)), price,
                Instant.parse("2025-03-01T10:00:00Z"));
    }

    /** Records what it learns: the orders its start walked, then each order. */
    static class Learner implements Upsell {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void shopStarted(PluginContext context) {
            long[] seen = {0};
            context.orders().forEach(o -> seen[0]++);
            events.add("start:" + seen[0]);
        }

        @Override
        public void orderRecorded(Order order, PluginContext context) {
            events.add(order.orderId());
        }

        @Override
        public List<Recommendation> recommend(Cart cart, PluginContext context) {
            return List.of();
        }
    }

    /** Fails on every order. */
    static class Throwing extends Learner {
        @Override
        public void orderRecorded(Order order, PluginContext context) {
            throw new IllegalStateException("broken " + order.orderId());
        }
    }

    /** Learns in shopStarted only, as plugins written before orderRecorded do. */
    static class Legacy implements Upsell {
        final List<Long> starts = new CopyOnWriteArrayList<>();

        @Override
        public void shopStarted(PluginContext context) {
            starts.add(context.orders().count());
        }

        @Override
        public List<Recommendation> recommend(Cart cart, PluginContext context) {
            return List.of();
        }
    }
}
