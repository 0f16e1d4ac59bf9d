package dev.salescycle.host.store;

import static dev.salescycle.host.store.StoreFixtures.T0;
import static dev.salescycle.host.store.StoreFixtures.lead;
import static dev.salescycle.host.store.StoreFixtures.order;
import static dev.salescycle.host.store.StoreFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupts and the embedded store: a thread interrupted before or during a store call neither fails the call
 * nor closes the database for everyone (a file channel is closed by an interrupt of the thread using it), and a
 * database that closed anyway is opened again without a restart.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class InterruptedStoreTest {

    @TempDir
    Path dir;

    @Test
    void aThreadInterruptedBeforeItsStoreCallsGetsTheirAnswersAndKeepsItsInterrupt() {
        try (Store store = Store.open(StoreOptions.h2FileUrl(dir), null, null)) {
            for (int i = 0; i < 200; i++) {
                Thread.currentThread().interrupt();
                store.saveLead("s", lead("lead-" + i + "@example.org", "form", false, i), T0.plusSeconds(i));
                store.placeOrder("s", placement(order("o-" + i, "c" + i + "@example.org", T0, "tea"), "k-" + i, "{}"));
                assertThat(store.ordersOf("s", "c" + i + "@example.org")).hasSize(1);
                assertThat(Thread.interrupted()).as("the interrupt is given back after the call").isTrue();
            }
            assertThat(store.isHealthy()).isTrue();
            assertThat(store.orderCount("s")).isEqualTo(200);
        }
    }

    @Test
    void interruptsArrivingDuringStoreCallsDoNotCloseTheDatabase() throws Exception {
        String url = StoreOptions.h2FileUrl(dir) + ";CACHE_SIZE=256";
        try (Store store = Store.open(url, null, null)) {
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger acknowledged = new AtomicInteger();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 400; i++) {
                    try {
                        store.placeOrder("s", placement(order("o-" + i, "c" + i % 50 + "@example.org", T0,
                                "tea", "cake", "x".repeat(150)), "k-" + i, "{}"));
                        acknowledged.incrementAndGet();
                        store.ordersOf("s", "c" + (i * 7) % 50 + "@example.org");
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    Thread.interrupted();
                }
                done.set(true);
            }, "interrupted-writer");
            writer.start();
            int interrupts = 0;
            while (!done.get()) {
                writer.interrupt();
                interrupts++;
                LockSupport.parkNanos(20_000);
            }
            writer.join();
            assertThat(interrupts).isGreaterThan(100);
            assertThat(failures).as("store calls that failed under interrupts").isEmpty();
            assertThat(store.isHealthy()).isTrue();
            assertThat(store.orderCount("s")).isEqualTo(acknowledged.get()).isEqualTo(400);
            store.placeOrder("s", placement(order("after", "a@example.org", T0, "tea"), "after", "{}"));
        }
        try (Store again = Store.open(url, null, null)) {
            assertThat(again.orderCount("s")).isEqualTo(401);
        }
    }

    @Test
    void anEmbeddedDatabaseThatClosedUnderThePoolIsOpenedAgain() {
        try (Store store = Store.open(StoreOptions.h2FileUrl(dir), null, null)) {
            store.placeOrder("s", placement(order("o-1", "ann@example.org", T0, "tea"), "k-1", "{}"));
            closeTheDatabase(store);
            assertThat(store.isHealthy()).as("the probe reopens the database").isTrue();
            assertThat(store.orderCount("s")).isEqualTo(1);
            store.placeOrder("s", placement(order("o-2", "ann@example.org", T0, "tea"), "k-2", "{}"));
            assertThat(store.ordersOf("s", "ann@example.org")).hasSize(2);
        }
    }

    @Test
    void aStoreCallThatFindsTheDatabaseClosedHasItOpenedAgainForTheNextCalls() {
        try (Store store = Store.open(StoreOptions.h2FileUrl(dir), null, null)) {
            store.placeOrder("s", placement(order("o-1", "ann@example.org", T0, "tea"), "k-1", "{}"));
            closeTheDatabase(store);
            await().atMost(Duration.ofSeconds(20)).ignoreExceptionsInstanceOf(StoreUnavailableException.class)
                    .until(() -> store.orderCount("s") == 1);
            assertThat(store.isHealthy()).isTrue();
        }
    }

    /** Closes the database under the pool, as H2 does itself after a write to its file failed. */
    private static void closeTheDatabase(Store store) {
        try {
            ((JdbcStore) store).jdbc().autoCommit("close the database", c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute("SHUTDOWN IMMEDIATELY");
                }
            });
        } catch (StoreUnavailableException e) {
            // the statement itself is answered "closed"
        }
    }
}
