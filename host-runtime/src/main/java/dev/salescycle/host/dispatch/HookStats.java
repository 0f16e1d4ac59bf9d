package dev.salescycle.host.dispatch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The health of one plugin's one hook in one shop: counts of calls, failures, time-outs and skips, the
 * calls still stuck past their budget, and the circuit breaker fed by every outcome.
 */
public final class HookStats {

    private final LongAdder calls = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final AtomicInteger stuck = new AtomicInteger();
    private final CircuitBreaker breaker;
    private volatile boolean warm;

    public HookStats(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    void called() {
        calls.increment();
    }

    void succeeded() {
        warm = true;
        breaker.record(false);
    }

    /** Whether a call of this hook has ended yet; the first is slow with class loading and JIT. */
    boolean warm() {
        return warm;
    }

    void failed() {
        warm = true;
        errors.increment();
        breaker.record(true);
    }

    void timedOut() {
        warm = true;
        timeouts.increment();
        stuck.incrementAndGet();
        breaker.record(true);
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

    /** Calls that threw or answered something unusable. */
    public long errors() {
        return errors.sum();
    }

    public long timeouts() {
        return timeouts.sum();
    }

    /** Calls not made: breaker open, or too many calls stuck. */
    public long skips() {
        return skipped.sum();
    }

    /** Calls that passed their budget and have not returned yet. */
    public int stuck() {
        return stuck.get();
    }

    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    CircuitBreaker breaker() {
        return breaker;
    }
}
