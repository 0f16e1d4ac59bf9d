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
    private volatile boolean stopped;

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
        while (!stopped) {
            LockSupport.parkNanos(TICK_NANOS);
            long now = System.nanoTime();
            for (HookRun run : running) {
                run.checkDeadline(now, rescue);
            }
        }
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
