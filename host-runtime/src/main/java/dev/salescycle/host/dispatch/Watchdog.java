package dev.salescycle.host.dispatch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that checks the running {@link HookRun}s every tick and times out calls past their
 * budget; rescue threads carry timed-out runs on. A tick costs nothing per hook call, unlike a timer task.
 */
public final class Watchdog implements AutoCloseable {

    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Set<HookRun> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService rescue;
    private final Thread thread;
    private static final long STALL_TOLERANCE_NANOS = TimeUnit.MILLISECONDS.toNanos(4);

    private volatile boolean stopped;
    private volatile long stalled;

    public Watchdog() {
        AtomicInteger count = new AtomicInteger();
        this.rescue = Executors.newCachedThreadPool(r -> daemon(r, "salescycle-rescue-" + count.incrementAndGet()));
        this.thread = daemon(this::loop, "salescycle-watchdog");
        thread.start();
    }

    void watch(HookRun run) {
        running.add(run);
    }

    void forget(HookRun run) {
        running.remove(run);
    }

    private void loop() {
        long last = System.nanoTime();
        while (!stopped) {
            LockSupport.parkNanos(TICK_NANOS);
            long now = System.nanoTime();
            long late = now - last - TICK_NANOS - STALL_TOLERANCE_NANOS;
            if (late > 0) {
                stalled += late;
            }
            last = now;
            for (HookRun run : running) {
                run.checkDeadline(now, rescue);
            }
        }
    }

    /**
     * Total time the whole process stood still (a garbage-collection pause, or no CPU for anyone), as seen by
     * this thread waking up late. Deadlines are moved by it: a call is timed out for its own slowness, not
     * for a pause that stopped every thread alike.
     */
    long stalledNanos() {
        return stalled;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        rescue.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
