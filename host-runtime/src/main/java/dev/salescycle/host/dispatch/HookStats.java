package dev.salescycle.host.dispatch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Counts for one plugin's one hook in one shop: calls, failures, time-outs, skips, and calls still stuck. */
public final class HookStats {

    private final LongAdder calls = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final AtomicInteger stuck = new AtomicInteger();

    void called() {
        calls.increment();
    }

    void failed() {
        errors.increment();
    }

    void timedOut() {
        timeouts.increment();
        stuck.incrementAndGet();
    }

    void returnedLate() {
        stuck.decrementAndGet();
    }

    void skipped() {
        skipped.increment();
    }

    public long calls() {
        return calls.sum();
    }

    public long errors() {
        return errors.sum();
    }

    public long timeouts() {
        return timeouts.sum();
    }

    public long skips() {
        return skipped.sum();
    }

    /** Calls that passed their budget and have not returned yet. */
    public int stuck() {
        return stuck.get();
    }
}
