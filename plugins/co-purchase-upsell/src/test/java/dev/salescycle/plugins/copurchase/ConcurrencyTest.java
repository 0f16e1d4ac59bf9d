package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Readers keep answering while writers add orders; nothing fails and the final counts are exact. */
@Timeout(120)
class ConcurrencyTest {

    @Test
    void readersAndWritersRunTogether() throws Exception {
        List<Order> all = Groceries.orders();
        int half = all.size() / 2;
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        plugin.shopStarted(TestPluginContext.forHook(plugin).orders(all.subList(0, half)).build());
        PluginContext context = TestPluginContext.forHook(plugin).setting("maxItems", 10).build();
        ConcurrentLinkedQueue<Order> toPlace = new ConcurrentLinkedQueue<>(all.subList(half, all.size()));
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong answers = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> writers = List.of(
                    pool.submit(() -> write(plugin, context, toPlace, start, failures)),
                    pool.submit(() -> write(plugin, context, toPlace, start, failures)));
            for (int r = 0; r < 3; r++) {
                List<String> cart = Groceries.baskets().get(r * 11);
                pool.submit(() -> read(plugin, context, cart, writing, start, answers, failures));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).isEmpty();
        assertThat(answers.get()).isPositive();
        BruteForce bruteForce = new BruteForce(Groceries.baskets());
        List<Recommendation> recs = plugin.recommend(Carts.of("whole milk", "yogurt"), context);
        assertThat(recs).isNotEmpty();
        recs.forEach(r -> assertThat(Carts.orders(r)).isEqualTo(bruteForce.count(Carts.antecedent(r), r.sku())));
        assertThat(plugin.recommend(Carts.of(), context)).allSatisfy(r ->
                assertThat(r.evidence().get("orders")).isEqualTo(bruteForce.count(List.of(r.sku()))));
    }

    private static void write(CoPurchaseUpsell plugin, PluginContext context, ConcurrentLinkedQueue<Order> orders,
                              CountDownLatch start, ConcurrentLinkedQueue<Throwable> failures) {
        try {
            start.await();
            for (Order order = orders.poll(); order != null; order = orders.poll()) {
                plugin.orderRecorded(order, context);
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    private static void read(CoPurchaseUpsell plugin, PluginContext context, List<String> cart, AtomicBoolean writing,
                             CountDownLatch start, AtomicLong answers, ConcurrentLinkedQueue<Throwable> failures) {
        try {
            start.await();
            while (writing.get()) {
                for (Recommendation r : plugin.recommend(Carts.of(cart), context)) {
                    assertThat(Carts.number(r, "confidence")).isBetween(0.0, 1.0);
                }
                answers.incrementAndGet();
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }
}
