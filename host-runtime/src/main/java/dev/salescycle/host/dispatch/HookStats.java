package dev.salescycle.host.dispatch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * The health of one plugin's one hook in one shop: counts of calls, failures, time-outs and skips, the
 * calls still stuck past their budget, and the circuit breaker fed by every outcome.
 */
public final class HookStats {

    private static final VarHandle TYPICAL_NANOS;

    static {
        try {
            TYPICAL_NANOS = MethodHandles.lookup().findVarHandle(HookStats.class, "typicalNanos", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final LongAdder calls = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final Bulkhead bulkhead;
    private final CircuitBreaker breaker;
    private volatile boolean warm;
    /** Written only when it changes, so that a run of successes costs no store. */
    private volatile boolean lastFailed;
    private final java.util.concurrent.atomic.AtomicBoolean graceTaken = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long typicalNanos;
    private final LatencyWindow latencies = new LatencyWindow(System::nanoTime);

    /** Stats with a bulkhead of their own. */
    public HookStats(CircuitBreaker breaker) {
        this(breaker, new Bulkhead(dev.salescycle.host.config.HostSettings.DEFAULT_MAX_CONCURRENT_CALLS));
    }

    /** @param bulkhead the limit on running and stuck calls shared by all hooks of one plugin in one shop */
    public HookStats(CircuitBreaker breaker, Bulkhead bulkhead) {
        this.breaker = breaker;
        this.bulkhead = bulkhead;
    }

    /**
     * Records how long a usable answer took, ending at {@code endedAt} ({@link System#nanoTime()}); kept as a moving average (races lose a sample, harmlessly). A
     * release store: readers see it soon enough, and a volatile store would fence every call.
     */
    void took(long nanos, long endedAt) {
        latencies.record(nanos, endedAt);
        long before = typicalNanos;
        TYPICAL_NANOS.setRelease(this, before == 0 ? nanos : before + (nanos - before) / 8);
    }

    /** The time 95% of the answered calls of about the last hour took at most, or -1 when none answered. */
    public long p95Nanos() {
        return latencies.percentileNanos(0.95);
    }

    /** The moving average of recent answer times, 0 before the first. */
    long typicalNanos() {
        return typicalNanos;
    }

    void called() {
        calls.increment();
    }

    void succeeded() {
        if (!warm) {
            warm = true;
        }
        if (lastFailed) {
            lastFailed = false;
        }
        breaker.record(false);
    }

    /** Whether this call is the hook's very first (only one caller ever gets true). */
    boolean takeColdGrace() {
        return !warm && graceTaken.compareAndSet(false, true);
    }

    void failed() {
        warm = true;
        lastFailed = true;
        errors.increment();
        breaker.record(true);
    }

    void timedOut() {
        warm = true;
        lastFailed = true;
        timeouts.increment();
        bulkhead.callStuck();
        breaker.record(true);
    }

    /** A call not made because the plugin has too many calls stuck: a failure for the breaker. */
    void failedWithoutCall() {
        breaker.record(true);
    }

    void returnedLate() {
        bulkhead.stuckCallReturned();
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

    /** Calls not made: breaker open, too many calls stuck or running, or the request's budget spent. */
    public long skips() {
        return skipped.sum();
    }

    /** Calls of this plugin (any of its hooks in this shop) that passed their budget and have not returned yet. */
    public int stuck() {
        return bulkhead.stuck();
    }

    /** Whether this hook's last call failed, calls of its plugin are stuck, or its breaker is not closed. */
    boolean suspect() {
        return lastFailed || bulkhead.stuck() > 0 || breaker.state() != CircuitBreaker.State.CLOSED;
    }

    Bulkhead bulkhead() {
        return bulkhead;
    }

    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    CircuitBreaker breaker() {
        return breaker;
    }
}
