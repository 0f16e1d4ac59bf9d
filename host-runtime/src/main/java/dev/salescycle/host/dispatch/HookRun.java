package dev.salescycle.host.dispatch;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the hook calls of one request in order, inline on the calling thread, each inside its time budget.
 *
 * <p>Why inline: a thread hand-off per call would cost more than the rest of the request. Instead the
 * {@link Watchdog} watches the running step; when a call passes its budget the watchdog takes the run over,
 * records the time-out and continues with the next step on a rescue thread, leaving the stuck call behind.
 * The stuck thread is interrupted (through its {@link CallGuard}, never inside a host call); when its call
 * finally returns it finds the run taken and drops out. {@link BoundHook#MAX_STUCK} bounds the threads
 * that a plugin ignoring interrupts can hold once it is known to hang, and its {@link Bulkhead} bounds how many
 * calls can enter it before the first one times out.
 *
 * <p>Ownership moves through one atomic token: {@code 3k} while step k runs, {@code 3k+1} once its owner
 * finished it, {@code 3k+2} once the watchdog timed it out. Whoever moves the token owns the sink.
 */
public final class HookRun {

    private static final Logger LOG = LoggerFactory.getLogger(HookRun.class);

    private final List<BoundHook> hooks;
    private final HookCall call;
    private final StepSink sink;
    private final Watchdog watchdog;
    private final long[] deadlines;
    private final long[] stallAtStart;
    private final long requestBudgetNanos;
    private long requestDeadline;
    private long requestStallBase;
    private final AtomicInteger token = new AtomicInteger(-1);
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    /** How far past the request budget steps may still start, each with only its expected time. */
    private static final long OVERRUN_NANOS = 10_000_000L;
    /** Once a request is short of time, a hook that failed lately is left out before one in good standing. */
    private static final String SHORT_OF_TIME = "skipped: the request's time is kept for plugins in good standing";

    private boolean sinkSaysStop;
    private volatile CallGuard guard;
    private Watchdog.Slot watchedIn;

    HookRun(List<BoundHook> hooks, HookCall call, StepSink sink, Watchdog watchdog, long requestBudgetNanos) {
        this.requestBudgetNanos = requestBudgetNanos;
        this.hooks = hooks;
        this.call = call;
        this.sink = sink;
        this.watchdog = watchdog;
        this.deadlines = new long[hooks.size()];
        this.stallAtStart = new long[hooks.size()];
    }

    /** Completes when every step returned, failed or timed out (possibly on another thread). */
    public CompletableFuture<Void> done() {
        return done;
    }

    void start() {
        if (hooks.isEmpty()) {
            done.complete(null);
            return;
        }
        long now = System.nanoTime();
        requestDeadline = now + requestBudgetNanos;
        requestStallBase = watchdog.stalledNanos();
        watchdog.watch(this);
        runFrom(0, -1, now);
    }

    /**
     * Runs the steps from {@code first} on, the token standing at {@code from}. The clock is read once per step,
     * when its call ends: that reading is the end of one step and the start of the next (the sink's work between
     * them takes well under a microsecond; a clock read costs some 20 ns, as much as the rest of a step's care).
     *
     * @param now the time now
     */
    void runFrom(int first, int from, long now) {
        int n = hooks.size();
        int k = first;
        int expected = from;
        CallGuard callGuard = CallGuard.current();
        long after = expectedFrom(first + 1);
        while (k < n) {
            BoundHook hook = hooks.get(k);
            stallAtStart[k] = watchdog.stalledNanos();
            deadlines[k] = Math.min(now + hook.currentBudgetNanos(),
                    Math.max(requestDeadline - after, now + hook.expectedNanos()));
            // Only the run's current owner moves the token away from 3k+1 or 3k+2 (the watchdog acts on 3k alone,
            // a late thread only from 3k), so claiming the next step needs no compare-and-set.
            token.lazySet(3 * k);
            now = step(k, hook, now, after, callGuard);
            if (token.get() != 3 * k + 1) {
                return;
            }
            expected = 3 * k + 1;
            k = sinkSaysStop ? n : k + 1;
            if (k < n) {
                after = Math.max(0, after - hooks.get(k).expectedNanos());
            }
        }
        finish(expected);
    }

    /** The time the steps from j on are expected to need, kept back so that a slow step early cannot starve them. */
    private long expectedFrom(int j) {
        long reserve = 0;
        for (; j < hooks.size(); j++) {
            reserve += hooks.get(j).expectedNanos();
        }
        return reserve;
    }

    /**
     * Runs step k, unless it must be skipped; afterwards the token stands at 3k+1 if this thread still owns the run.
     *
     * @param after the time the steps after this one are expected to need
     * @return when the step's call ended (or {@code now} for a skipped step)
     */
    private long step(int k, BoundHook hook, long now, long after, CallGuard callGuard) {
        long late = now - requestDeadline - (watchdog.stalledNanos() - requestStallBase);
        String skip = late - OVERRUN_NANOS >= 0 ? "skipped: the request's time budget was spent"
                : late + after + hook.expectedNanos() > 0 && hook.stats().suspect() ? SHORT_OF_TIME : hook.skipReason();
        if (skip != null) {
            if (token.compareAndSet(3 * k, 3 * k + 1)) {
                hook.stats().skipped();
                sink.failed(hook, skip);
            }
            return now;
        }
        Object result = null;
        Throwable failure = null;
        hook.stats().called();
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        if (guard != callGuard) {
            guard = callGuard;
        }
        callGuard.enterPlugin();
        current.setContextClassLoader(hook.classLoader());
        try {
            result = call.call(hook);
        } catch (Throwable t) {
            failure = t;
        } finally {
            current.setContextClassLoader(previous);
            callGuard.exitPlugin();
            hook.stats().bulkhead().exit();
        }
        long ended = System.nanoTime();
        if (!token.compareAndSet(3 * k, 3 * k + 1)) {
            hook.stats().returnedLate();
            LOG.warn("Plugin {} ({}) returned after its budget; its answer was dropped", hook.pluginId(), hook.kind().label());
            return ended;
        }
        if (failure != null) {
            hook.stats().failed();
            LOG.warn("Plugin {} ({}) failed in shop {}: {}", hook.pluginId(), hook.kind().label(),
                    hook.context().shopId(), failure.toString());
            sink.failed(hook, "error: " + failure.getClass().getSimpleName());
            return ended;
        }
        Verdict verdict = sink.returned(hook, result);
        if (verdict == Verdict.BAD) {
            hook.stats().failed();
        } else {
            hook.stats().took(ended - now, ended);
            hook.stats().succeeded();
        }
        sinkSaysStop = verdict == Verdict.STOP;
        return ended;
    }

    /** Called by the watchdog: times out the running step if it passed its deadline, and hands the run on. */
    void checkDeadline(long now, java.util.concurrent.Executor rescue) {
        int t = token.get();
        if (t < 0 || t % 3 != 0) {
            return;
        }
        int k = t / 3;
        if (k >= hooks.size() || now - deadlines[k] - (watchdog.stalledNanos() - stallAtStart[k]) < 0
                || !token.compareAndSet(t, t + 2)) {
            return;
        }
        BoundHook hook = hooks.get(k);
        hook.stats().timedOut();
        CallGuard stuck = guard;
        if (stuck != null) {
            stuck.interrupt();
        }
        LOG.warn("Plugin {} ({}) passed its budget of {} ms in shop {}; answering without it", hook.pluginId(),
                hook.kind().label(), hook.currentBudgetNanos() / 1_000_000, hook.context().shopId());
        sink.failed(hook, "timeout");
        rescue.execute(() -> runFrom(k + 1, t + 2, System.nanoTime()));
    }

    /** The watchdog slot this run is watched in, or null when it is watched in the shared set. */
    Watchdog.Slot watchedIn() {
        return watchedIn;
    }

    void watchedIn(Watchdog.Slot slot) {
        watchedIn = slot;
    }

    private void finish(int expected) {
        if (token.compareAndSet(expected, 3 * hooks.size())) {
            watchdog.forget(this);
            done.complete(null);
        }
    }
}
