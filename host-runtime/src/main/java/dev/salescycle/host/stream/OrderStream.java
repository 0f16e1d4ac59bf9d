package dev.salescycle.host.stream;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.HookCallbacks;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.store.LearnedPosition;
import dev.salescycle.host.store.OrderStreamStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This host's follower of every shop's order stream: one thread catches each shop up when the store says orders
 * were added (at once for this host's, through PostgreSQL's notices for other hosts') and at least every second,
 * and every 250 ms writes how far the plugins have learned.
 */
public final class OrderStream implements HookCallbacks.ShopStarts, AutoCloseable {

    static final long POLL_MILLIS = 1000;
    static final long WRITE_MILLIS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(OrderStream.class);

    private final OrderStreamStore store;
    private final RunningShops shops;
    private final Delivery delivery;
    private final String hostId = "host-" + ProcessHandle.current().pid() + "-"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final Clock clock = Clock.systemUTC();
    private final PositionWriter writer;
    private final Map<String, ShopFollower> followers = new ConcurrentHashMap<>();
    private final Wakeup wakeup = new Wakeup();
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private final Thread thread = new Thread(this::run, "salescycle-stream");
    private volatile boolean closed;
    private final java.util.Set<String> failing = ConcurrentHashMap.newKeySet();
    private long lastWrite;
    private long lastPoll;

    private OrderStream(OrderStreamStore store, RunningShops shops, HookCallbacks callbacks) {
        this.store = store;
        this.shops = shops;
        this.delivery = new Delivery(callbacks, store);
        this.writer = new PositionWriter(store, hostId, clock);
    }

    /** Starts following; from now on the callbacks start each shop's hooks at a stream position. */
    public static OrderStream start(OrderStreamStore store, RunningShops shops, HookCallbacks callbacks) {
        OrderStream stream = new OrderStream(store, shops, callbacks);
        callbacks.startThrough(stream);
        store.onAppended(shop -> stream.wakeup.signal());
        stream.thread.setDaemon(true);
        stream.thread.start();
        return stream;
    }

    @Override
    public void started(ShopRuntime shop, List<BoundHook> fresh) {
        followers.computeIfAbsent(shop.id(), id -> new ShopFollower(id, store, delivery)).attach(shop, fresh);
        wakeup.signal();
    }

    /** Whether, within the time, a catch-up that began after this call finished (its callbacks may still run). */
    public boolean awaitCaughtUp(long timeoutMillis) throws InterruptedException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (waiting) {
            waiting.add(done);
        }
        wakeup.signal();
        try {
            done.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        }
    }

    /** The shop's last committed stream position. */
    public long head(String shopId) {
        return store.streamHead(shopId);
    }

    /** Where the live hosts' plugins stand against a position; this host's own figure is read from memory. */
    public Learning learning(String shopId, long position) {
        Instant now = clock.instant();
        List<LearnedPosition> hosts = new ArrayList<>(store.learnedSince(shopId, now.minus(PositionWriter.SILENT))
                .stream().filter(h -> !h.hostId().equals(hostId)).toList());
        hosts.add(new LearnedPosition(hostId, learned(shopId), now));
        hosts.sort(Comparator.comparing(LearnedPosition::hostId));
        return new Learning(position, hosts.stream().allMatch(h -> h.position() >= position), List.copyOf(hosts));
    }

    /** The position up to which this host's plugins of the shop have learned. */
    public long learned(String shopId) {
        ShopFollower follower = followers.get(shopId);
        return follower == null ? 0 : follower.learned();
    }

    private void run() {
        while (!closed) {
            boolean signalled;
            try {
                signalled = wakeup.await(WRITE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (signalled || System.nanoTime() - lastPoll >= POLL_MILLIS * 1_000_000) {
                lastPoll = System.nanoTime();
                List<CompletableFuture<Void>> round;
                synchronized (waiting) {
                    round = List.copyOf(waiting);
                    waiting.clear();
                }
                followers.keySet().retainAll(shops.all().keySet());
                followers.forEach(this::catchUp);
                round.forEach(f -> f.complete(null));
            }
            if (System.nanoTime() - lastWrite >= WRITE_MILLIS * 1_000_000) {
                lastWrite = System.nanoTime();
                writer.write(followers.keySet(), this::learned);
            }
        }
    }

    private void catchUp(String shopId, ShopFollower follower) {
        try {
            follower.catchUp();
            if (failing.remove(shopId)) {
                LOG.info("Following the orders of shop {} again", shopId);
            }
        } catch (RuntimeException e) {
            if (failing.add(shopId)) {
                LOG.warn("Could not follow the orders of shop {}; trying again every second: {}", shopId, e.toString());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        wakeup.signal();
        try {
            thread.join(POLL_MILLIS * 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.forget();
    }
}
