package dev.salescycle.host.dispatch;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calls of one plugin in one shop, across its hooks: how many run now, and how many of those passed their
 * budget and still hold a thread. A call takes a slot before it starts, so a burst of requests cannot all
 * enter a plugin that hangs before the first of them times out.
 */
public final class Bulkhead {

    private final int maxRunning;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger stuck = new AtomicInteger();

    public Bulkhead(int maxRunning) {
        this.maxRunning = maxRunning;
    }

    /** Takes a slot for a call; false when all are taken. */
    boolean tryEnter() {
        if (running.incrementAndGet() <= maxRunning) {
            return true;
        }
        running.decrementAndGet();
        return false;
    }

    /** Gives the slot back when the call returns, in time or late. */
    void exit() {
        running.decrementAndGet();
    }

    void callStuck() {
        stuck.incrementAndGet();
    }

    void stuckCallReturned() {
        stuck.decrementAndGet();
    }

    /** Calls that passed their budget and have not returned yet. */
    int stuck() {
        return stuck.get();
    }

    /** Calls running now. */
    int running() {
        return running.get();
    }

    int maxRunning() {
        return maxRunning;
    }
}
