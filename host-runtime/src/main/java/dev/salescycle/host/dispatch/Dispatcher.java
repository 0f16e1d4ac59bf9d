package dev.salescycle.host.dispatch;

import java.time.Duration;
import java.util.List;

/** Starts {@link HookRun}s; one per host, owning the watchdog and its rescue threads. */
public final class Dispatcher implements AutoCloseable {

    private final Watchdog watchdog = new Watchdog();

    /**
     * Prepares a run of the hooks in order; {@link Pending#start()} then runs them on the calling thread,
     * as far as they return within budget. The run's result completes when all steps are accounted for.
     */
    public Pending<Void> prepare(List<BoundHook> hooks, HookCall call, StepSink sink, Duration requestBudget) {
        HookRun run = new HookRun(hooks, call, sink, watchdog, requestBudget.toNanos());
        return new Pending<>(run::start, run.done());
    }

    @Override
    public void close() {
        watchdog.close();
    }
}
