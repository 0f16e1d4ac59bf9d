package dev.salescycle.bench.store;

import dev.salescycle.host.store.Store;
import dev.salescycle.host.store.StoreOptions;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.ScoredLead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedded store on H2's file systems, each named in the URL ({@code jdbc:h2:file:NAME:path}): {@code file}
 * (H2's default, a {@code FileChannel} that an interrupt
 * closes), {@code async} (an {@code AsynchronousFileChannel}, which an interrupt does not close) and {@code retry}
 * (the default channel, reopened and the access repeated when an interrupt closed it). Two operations through the
 * host's store: {@code saveLead}, one committed write as a lead capture makes (each commit is written before it
 * returns), and {@code readOrders}, a customer's orders from a database of 20,000 orders with a 1 MiB page cache,
 * so that most reads go to the file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StoreFileSystemBenchmark {

    private static final int CUSTOMERS = 5_000;
    private static final int ORDERS = 20_000;
    private static final Currency EUR = Currency.getInstance("EUR");

    @Param({"file", "async", "retry"})
    public String fileSystem;

    private Path dir;
    private Store store;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("store-fs-bench");
        store = Store.open(StoreOptions.of("jdbc:h2:file:" + fileSystem + ":" + dir.resolve("salescycle") + ";CACHE_SIZE=1024",
                null, null));
        List<Order> batch = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < ORDERS; i++) {
            Money price = Money.of("12.50", "EUR");
            List<CartLine> lines = List.of(new CartLine("sku-" + (i % 300), "Product " + (i % 300), 2, price),
                    new CartLine("sku-" + (i % 97 + 300), "Other " + (i % 97), 1, price));
            batch.add(new Order("o-" + i, email(i % CUSTOMERS), "Customer " + i % CUSTOMERS, EUR, lines,
                    Money.of("37.50", "EUR"), at.plusSeconds(i)));
            if (batch.size() == 1000) {
                store.importOrders("bench", batch);
                batch.clear();
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public Object saveLead() {
        int i = next++;
        Lead lead = new Lead(email(i % 50_000), "Lead " + i, "bench", List.of("tea"), false, null);
        return store.saveLead("bench", new ScoredLead(lead, 10, List.of("warm"), Map.of()), Instant.now());
    }

    @Benchmark
    public Object readOrders() {
        next = next * 1103515245 + 12345;
        return store.ordersOf("bench", email(Math.floorMod(next, CUSTOMERS)));
    }

    private static String email(int i) {
        return "c" + i + "@example.org";
    }
}
