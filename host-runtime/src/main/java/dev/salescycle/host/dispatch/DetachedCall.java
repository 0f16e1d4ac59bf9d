package dev.salescycle.host.dispatch;

import dev.salescycle.sdk.SalesCycleHook;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One hook call made off the request path: a worker thread runs it while another thread waits for it within a
 * budget (retention renders its mail so). It keeps the request path's rules: the call takes a slot in its
 * plugin's {@link Bulkhead} and is refused while the hook's breaker is open or calls of the plugin are stuck;
 * its outcome feeds the hook's {@link HookStats}; a call that passes its budget is interrupted through its
 * {@link CallGuard}, so never inside a host call.
 *
 * <p>Use: {@link #admit()} first; when it gives null, run {@link #call()} on a worker, and call {@link #abandon()}
 * from the waiting thread if it stops waiting before the call returned.
 *
 * @param <T> the call's answer
 */
public final class DetachedCall<T> implements Callable<T> {

    private static final int WAITING = 0;
    private static final int IN_PLUGIN = 1;
    private static final int RETURNED = 2;
    private static final int ABANDONED = 3;

    private final BoundHook hook;
    private final Function<SalesCycleHook, T> body;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private volatile CallGuard guard;

    /** @param body the call, given the hook's extension */
    public DetachedCall(BoundHook hook, Function<SalesCycleHook, T> body) {
        this.hook = hook;
        this.body = body;
    }

    /**
     * Takes a slot for the call, or says why the hook must not be called now (and then it must not be run).
     *
     * @return null, or the reason the call is refused
     */
    public String admit() {
        String refusal = hook.skipReason();
        if (refusal != null) {
            hook.stats().skipped();
        }
        return refusal;
    }

    /**
     * Runs the call on the calling worker thread with the plugin's class loader as context loader.
     *
     * @return the answer (null if the call was abandoned before it started)
     * @throws Exception what the plugin threw
     */
    @Override
    public T call() throws Exception {
        CallGuard callGuard = CallGuard.current();
        guard = callGuard;
        callGuard.enterPlugin();
        if (!state.compareAndSet(WAITING, IN_PLUGIN)) {
            callGuard.exitPlugin();
            return null;
        }
        hook.stats().called();
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(hook.classLoader());
        T answer = null;
        Throwable failure = null;
        boolean inTime;
        try {
            answer = body.apply(hook.hook());
        } catch (Throwable t) {
            failure = t;
        } finally {
            current.setContextClassLoader(previous);
            inTime = leavePlugin(callGuard);
            hook.stats().bulkhead().exit();
        }
        if (!inTime) {
            hook.stats().returnedLate();
        } else if (failure != null || answer == null) {
            hook.stats().failed();
        } else {
            hook.stats().succeeded();
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return answer;
    }

    /** Locked with {@link #abandon()}, so that its interrupt cannot reach a later call on the same thread. */
    private synchronized boolean leavePlugin(CallGuard callGuard) {
        callGuard.exitPlugin();
        return state.compareAndSet(IN_PLUGIN, RETURNED);
    }

    /**
     * Gives up on the call, from the waiting thread: a running call counts as timed out and is interrupted (once
     * outside host calls); a call not started yet is never made.
     *
     * @return false if the call had returned meanwhile, and its answer is to be had
     */
    public synchronized boolean abandon() {
        if (state.compareAndSet(WAITING, ABANDONED)) {
            hook.stats().skipped();
            hook.stats().failedWithoutCall();
            hook.stats().bulkhead().exit();
            return true;
        }
        if (state.compareAndSet(IN_PLUGIN, ABANDONED)) {
            hook.stats().timedOut();
            guard.interrupt();
            return true;
        }
        return false;
    }
}
