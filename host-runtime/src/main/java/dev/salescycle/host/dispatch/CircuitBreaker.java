package dev.salescycle.host.dispatch;

import dev.salescycle.host.config.BreakerSettings;
import java.util.function.LongSupplier;

/**
 * A count-based circuit breaker for one hook: CLOSED counts the outcomes of the last calls; when too many
 * failed it turns OPEN and the hook is not called; after a while HALF_OPEN lets a few trial calls through,
 * whose outcome closes or reopens it. The common case, a closed breaker whose window holds only successes,
 * takes no lock: letting a call through and recording another success change nothing then.
 */
public final class CircuitBreaker {

    /** The breaker's states. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final BreakerSettings settings;
    private final LongSupplier nanoTime;
    private final boolean[] window;
    private int position;
    private int count;
    private int failures;
    private volatile State state = State.CLOSED;
    private volatile boolean allSucceeded;
    private long openedAt;
    private int trialsStarted;
    private int trialsDone;
    private int trialFailures;

    public CircuitBreaker(BreakerSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.window = new boolean[settings.window()];
    }

    /** Whether a call may go through now; in HALF_OPEN this reserves one trial. */
    public boolean allow() {
        return state == State.CLOSED || allowSlow();
    }

    private synchronized boolean allowSlow() {
        if (state == State.OPEN && nanoTime.getAsLong() - openedAt >= settings.openFor().toNanos()) {
            state = State.HALF_OPEN;
            trialsStarted = 0;
            trialsDone = 0;
            trialFailures = 0;
        }
        if (state == State.HALF_OPEN) {
            if (trialsStarted >= settings.halfOpenCalls()) {
                return false;
            }
            trialsStarted++;
            return true;
        }
        return state == State.CLOSED;
    }

    /** Records a call's outcome. */
    public void record(boolean failed) {
        if (failed || !allSucceeded) {
            recordSlow(failed);
        }
    }

    private synchronized void recordSlow(boolean failed) {
        if (state == State.HALF_OPEN) {
            trialsDone++;
            trialFailures += failed ? 1 : 0;
            if (trialsDone >= settings.halfOpenCalls()) {
                if (trialFailures * 100 >= settings.failurePercent() * trialsDone) {
                    open();
                } else {
                    reset();
                }
            }
            return;
        }
        if (state == State.OPEN) {
            return;
        }
        if (count == window.length) {
            failures -= window[position] ? 1 : 0;
        } else {
            count++;
        }
        window[position] = failed;
        failures += failed ? 1 : 0;
        position = (position + 1) % window.length;
        if (count >= settings.minCalls() && failures * 100 >= settings.failurePercent() * count) {
            open();
        }
        allSucceeded = state == State.CLOSED && count == window.length && failures == 0;
    }

    public State state() {
        return state;
    }

    private void open() {
        allSucceeded = false;
        state = State.OPEN;
        openedAt = nanoTime.getAsLong();
    }

    private void reset() {
        state = State.CLOSED;
        position = 0;
        count = 0;
        failures = 0;
        java.util.Arrays.fill(window, false);
    }
}
