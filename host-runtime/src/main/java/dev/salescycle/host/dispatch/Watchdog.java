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
 *
 * <p>Each thread that starts runs gets a slot of its own, found once and kept: watching a run is then a write
 * to that slot, not an insert into and a removal from a shared set (which costs more than a whole no-op hook
 * call). A run started while its thread's slot is taken goes to a shared set.
 */
public final class Watchdog implements AutoCloseable {

    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private static final int PRUNE_TICKS = 1000;

    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Slot> ownSlot = ThreadLocal.withInitial(this::newSlot);
    private final Set<HookRun> others = ConcurrentHashMap.newKeySet();
    private final ExecutorService rescue;
    private final Thread thread;
    private static final long STALL_TOLERANCE_NANOS = TimeUnit.MILLISECONDS.toNanos(4);

    private final PauseMeter pauses = new PauseMeter();
    private volatile boolean stopped;
    private volatile long stalled;

    public Watchdog() {
        AtomicInteger count = new AtomicInteger();
        this.rescue = Executors.newCachedThreadPool(r -> daemon(r, "salescycle-rescue-" + count.incrementAndGet()));
        this.thread = daemon(this::loop, "salescycle-watchdog");
        thread.start();
    }

    void watch(HookRun run) {
        Slot slot = ownSlot.get();
        if (slot.run == null) {
            run.watchedIn(slot);
            slot.run = run;
        } else {
            others.add(run);
        }
    }

    /** Stops watching a finished run, on whichever thread finished it. */
    void forget(HookRun run) {
        Slot slot = run.watchedIn();
        if (slot == null) {
            others.remove(run);
        } else if (slot.run == run) {
            // Only its own thread fills a slot, and only once it is empty, so this check and write cannot race.
            slot.run = null;
        }
    }

    private void loop() {
        long last = System.nanoTime();
        for (long tick = 1; !stopped; tick++) {
            LockSupport.parkNanos(TICK_NANOS);
            long now = System.nanoTime();
            long paused = pauses.pausedNanos(now - last - TICK_NANOS - STALL_TOLERANCE_NANOS, now - last);
            if (paused > 0) {
                stalled += paused;
            }
            last = now;
            for (Slot slot : slots) {
                HookRun run = slot.run;
                if (run != null) {
                    run.checkDeadline(now, rescue);
                }
            }
            for (HookRun run : others) {
                run.checkDeadline(now, rescue);
            }
            if (tick % PRUNE_TICKS == 0) {
                slots.removeIf(slot -> slot.run == null && !slot.owner.isAlive());
            }
        }
    }

    private Slot newSlot() {
        Slot slot = new Slot(Thread.currentThread());
        slots.add(slot);
        return slot;
    }

    /** The run a thread is running now, if any; written by that thread (and cleared by whoever finishes the run). */
    static final class Slot {
        private final Thread owner;
        private volatile HookRun run;

        private Slot(Thread owner) {
            this.owner = owner;
        }
    }

    /**
     * Total time the whole process stood still (a garbage-collection pause, or other processes taking the
     * cores), as seen by this thread waking up late. Deadlines are moved by it: a call is timed out for its
     * own slowness, not for a pause that stopped every thread alike. This process's own threads keeping the
     * cores busy is no such pause (see {@link PauseMeter}).
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
