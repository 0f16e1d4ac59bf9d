package dev.salescycle.host.dispatch;

/**
 * Receives the outcome of each step of a {@link HookRun}. Only one thread calls a sink at a time, and each
 * call happens-after the one before, so a sink needs no locking.
 */
public interface StepSink {

    /**
     * A step's hook returned.
     *
     * @return whether the answer was usable, and whether the run goes on (a rejected lead ends the chain)
     */
    Verdict returned(BoundHook hook, Object result);

    /** A step's hook threw, timed out or was skipped; the reason is for logs and the answer's {@code skipped} list. */
    void failed(BoundHook hook, String reason);
}
