package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.Mockito;

@Timeout(120)
class HookRunTest {

    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(30);

    private static final java.time.Duration REQUEST_BUDGET = java.time.Duration.ofSeconds(2);

    private final Dispatcher dispatcher = new Dispatcher();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        dispatcher.close();
    }

    private static BoundHook hook(String id, Upsell upsell, long budgetMillis) {
        PluginContext context = Mockito.mock(PluginContext.class);
        return new BoundHook(id, HookKind.UPSELL, upsell, context, HookRunTest.class.getClassLoader(),
                TimeUnit.MILLISECONDS.toNanos(budgetMillis), new HookStats(new CircuitBreaker(dev.salescycle.host.config.BreakerSettings.DEFAULTS, System::nanoTime)));
    }

    private static Upsell answering(String sku) {
        return (cart, context) -> List.of(new Recommendation(sku, null, null, 1, "", null));
    }

    private Upsell blocking() {
        return (cart, context) -> {
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // a plugin that ignores interrupts
                }
            }
            return List.of(new Recommendation("late", null, null, 1, "", null));
        };
    }

    /** Records what each step did, in order, and the thread that recorded it. */
    static final class Recorder implements StepSink {
        final List<String> events = new ArrayList<>();

        @Override
        public Verdict returned(BoundHook hook, Object result) {
            events.add(hook.pluginId() + ":ok");
            return hook.pluginId().equals("stop") ? Verdict.STOP : Verdict.OK;
        }

        @Override
        public void failed(BoundHook hook, String reason) {
            events.add(hook.pluginId() + ":" + reason);
        }
    }

    private Recorder run(List<BoundHook> hooks) throws Exception {
        Recorder sink = new Recorder();
        dispatcher.prepare(hooks, bound -> ((Upsell) bound.hook()).recommend(null, bound.context()), sink, REQUEST_BUDGET)
                .start().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        return sink;
    }

    @Test
    void runsInOrderAndIsolatesExceptions() throws Exception {
        Upsell throwing = (cart, context) -> {
            throw new IllegalStateException("boom");
        };
        Recorder sink = run(List.of(hook("a", answering("x"), 50), hook("b", throwing, 50), hook("c", answering("y"), 50)));
        assertThat(sink.events).containsExactly("a:ok", "b:error: IllegalStateException", "c:ok");
    }

    @Test
    void aHookPastItsBudgetIsLeftBehindAndTheRunGoesOnWithoutWaiting() throws Exception {
        BoundHook stuck = hook("stuck", blocking(), 20);
        Thread starter = new Thread(() -> {
            try {
                Recorder sink = new Recorder();
                Pending<Void> pending = dispatcher.prepare(List.of(hook("a", answering("x"), 50), stuck,
                        hook("c", answering("y"), 50)), bound -> ((Upsell) bound.hook()).recommend(null, bound.context()), sink,
                        REQUEST_BUDGET);
                pending.result().thenRun(() -> completed.add(String.join(",", sink.events)));
                pending.start();
            } catch (Exception e) {
                completed.add(e.toString());
            }
        });
        starter.start();
        await().atMost(PATIENCE).until(() -> !completed.isEmpty());
        assertThat(completed).containsExactly("a:ok,stuck:timeout,c:ok");
        assertThat(starter.isAlive()).as("the starting thread is still stuck in the plugin").isTrue();
        assertThat(stuck.stats().timeouts()).isEqualTo(1);
        assertThat(stuck.stats().stuck()).isEqualTo(1);
        release.countDown();
        starter.join(PATIENCE.toMillis());
        assertThat(stuck.stats().stuck()).isZero();
    }

    private final List<String> completed = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void aHookWithTooManyStuckCallsIsSkippedUntilTheyReturn() throws Exception {
        BoundHook stuck = hook("stuck", blocking(), 10);
        List<Thread> starters = new ArrayList<>();
        for (int i = 0; i < BoundHook.MAX_STUCK; i++) {
            Thread t = new Thread(() -> dispatcher.prepare(List.of(stuck),
                    bound -> ((Upsell) bound.hook()).recommend(null, bound.context()), new Recorder(), REQUEST_BUDGET).start());
            t.start();
            starters.add(t);
        }
        await().atMost(PATIENCE).until(() -> stuck.stats().stuck() >= BoundHook.MAX_STUCK);
        Recorder sink = run(List.of(stuck, hook("c", answering("y"), 50)));
        assertThat(sink.events).containsExactly("stuck:skipped: earlier calls are still running past their budget", "c:ok");
        assertThat(stuck.stats().skips()).isEqualTo(1);
        release.countDown();
        for (Thread t : starters) {
            t.join(PATIENCE.toMillis());
        }
        assertThat(stuck.stats().stuck()).isZero();
    }

    @Test
    void aBurstCannotEnterAHangingPluginBeyondItsBulkheadBeforeAnyCallTimesOut() throws Exception {
        Bulkhead bulkhead = new Bulkhead(3);
        BoundHook hanging = new BoundHook("hanging", HookKind.UPSELL, blocking(), Mockito.mock(PluginContext.class),
                HookRunTest.class.getClassLoader(), TimeUnit.SECONDS.toNanos(10),
                new HookStats(new CircuitBreaker(dev.salescycle.host.config.BreakerSettings.DEFAULTS, System::nanoTime),
                        bulkhead));
        List<Recorder> burst = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Recorder sink = new Recorder();
            burst.add(sink);
            runs.add(java.util.concurrent.CompletableFuture.runAsync(() -> dispatcher.prepare(List.of(hanging),
                    bound -> ((Upsell) bound.hook()).recommend(null, bound.context()), sink, REQUEST_BUDGET).start()));
        }
        await().atMost(PATIENCE).until(() -> hanging.stats().skips() >= 5);
        assertThat(bulkhead.running()).isEqualTo(3);
        assertThat(hanging.stats().skips()).isEqualTo(5);
        assertThat(hanging.stats().breakerState()).as("a full bulkhead is no failure").isEqualTo(CircuitBreaker.State.CLOSED);
        release.countDown();
        for (java.util.concurrent.CompletableFuture<Void> run : runs) {
            run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        await().atMost(PATIENCE).until(() -> bulkhead.running() == 0);
        assertThat(bulkhead.running()).as("every slot given back").isZero();
        assertThat(burst.stream().flatMap(r -> new ArrayList<>(r.events).stream()))
                .filteredOn(e -> e.startsWith("hanging:skipped"))
                .containsOnly("hanging:skipped: 3 calls of this plugin are already running");
    }

    private static Upsell spinning(long millis) {
        return (cart, context) -> {
            long until = System.nanoTime() + millis * 1_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return List.of();
        };
    }

    @Test
    void aSlowStepIsCutSoThatTheStepsAfterItStillFitTheRequestBudget() throws Exception {
        BoundHook later = hook("c", answering("z"), 1000);
        later.stats().took(40_000_000L, System.nanoTime());
        Recorder sink = new Recorder();
        dispatcher.prepare(List.of(hook("a", answering("x"), 1000), hook("b", spinning(2000), 1000), later),
                bound -> ((Upsell) bound.hook()).recommend(null, bound.context()), sink, java.time.Duration.ofMillis(300))
                .start().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(sink.events).as("b is cut at 300 - 81 ms, leaving c the time it usually needs")
                .containsExactly("a:ok", "b:timeout", "c:ok");
    }

    @Test
    void stepsMoreThanTenMillisecondsPastTheRequestBudgetAreSkipped() throws Exception {
        Recorder sink = new Recorder();
        dispatcher.prepare(List.of(hook("a", answering("x"), 1000), hook("b", answering("y"), 1000)),
                bound -> ((Upsell) bound.hook()).recommend(null, bound.context()), sink, java.time.Duration.ofMillis(-20))
                .start().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(sink.events).containsExactly("a:skipped: the request's time budget was spent",
                "b:skipped: the request's time budget was spent");
    }

    @Test
    void aTimedOutCallIsInterruptedSoACooperativePluginGivesItsThreadBack() throws Exception {
        Upsell sleeper = (cart, context) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        BoundHook sleeping = hook("sleeper", sleeper, 10);
        Thread caller = new Thread(() -> dispatcher.prepare(List.of(sleeping),
                bound -> ((Upsell) bound.hook()).recommend(null, bound.context()), new Recorder(), REQUEST_BUDGET).start());
        caller.start();
        caller.join(PATIENCE.toMillis());
        assertThat(caller.isAlive()).isFalse();
        assertThat(sleeping.stats().timeouts()).isEqualTo(1);
        assertThat(sleeping.stats().stuck()).isZero();
        assertThat(caller.isInterrupted()).as("the interrupt is cleared once the call is over").isFalse();
    }

    @Test
    void anInterruptIsHeldBackWhileThePluginIsInsideAHostCall() throws Exception {
        CountDownLatch inHostCall = new CountDownLatch(1);
        List<Boolean> interruptedInside = java.util.Collections.synchronizedList(new ArrayList<>());
        Upsell callsHost = (cart, context) -> {
            CallGuard guard = CallGuard.current();
            guard.enterHost();
            try {
                inHostCall.countDown();
                long until = System.nanoTime() + 400_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                interruptedInside.add(Thread.currentThread().isInterrupted());
            } finally {
                guard.exitHost();
            }
            interruptedInside.add(Thread.currentThread().isInterrupted());
            return List.of();
        };
        run(List.of(hook("host-caller", callsHost, 10)));
        await().atMost(PATIENCE).until(() -> interruptedInside.size() >= 2);
        assertThat(interruptedInside).containsExactly(false, true);
    }

    @Test
    void anInterruptAlreadySetWhenAPluginEntersAHostCallIsHeldBackUntilItEnds() throws Exception {
        List<Boolean> interrupted = java.util.Collections.synchronizedList(new ArrayList<>());
        Upsell callsHost = (cart, context) -> {
            Thread.currentThread().interrupt(); // as the watchdog's interrupt, landed just before the host call
            CallGuard guard = CallGuard.current();
            guard.enterHost();
            try {
                interrupted.add(Thread.currentThread().isInterrupted());
            } finally {
                guard.exitHost();
            }
            interrupted.add(Thread.currentThread().isInterrupted());
            return List.of();
        };
        run(List.of(hook("host-caller", callsHost, 1_000)));
        assertThat(interrupted).containsExactly(false, true);
        assertThat(Thread.currentThread().isInterrupted()).as("cleared once the plugin call is over").isFalse();
    }

    @Test
    void whenARequestRunsShortOfTimeAHookWhoseLastCallFailedGivesWayToOneInGoodStanding() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean fail = new java.util.concurrent.atomic.AtomicBoolean(true);
        Upsell flaky = (cart, context) -> {
            if (fail.get()) {
                throw new IllegalStateException("once");
            }
            return List.of(new Recommendation("f", null, null, 1, "", null));
        };
        // Budgets in seconds rather than milliseconds: the rule is about shares of the request's time, and on a
        // machine busy with another build the watchdog may cut the slow hook a few hundred milliseconds late.
        BoundHook lastFailed = hook("flaky", flaky, 500);
        assertThat(run(List.of(lastFailed)).events).containsExactly("flaky:error: IllegalStateException");
        fail.set(false);
        BoundHook inGoodStanding = hook("steady", flaky, 500);
        assertThat(run(List.of(inGoodStanding)).events).containsExactly("steady:ok");

        // A slow first hook is cut short so that the two after it keep their expected time; then the one
        // whose last call failed is left out and the one in good standing runs.
        Recorder shortOfTime = runWithin(java.time.Duration.ofMillis(2_000),
                List.of(hook("slow", napping(), 20_000), lastFailed, hook("fresh", answering("x"), 500)));
        assertThat(shortOfTime.events).containsExactly("slow:timeout",
                "flaky:skipped: the request's time is kept for plugins in good standing", "fresh:ok");

        Recorder control = runWithin(java.time.Duration.ofMillis(2_000),
                List.of(hook("slow", napping(), 20_000), inGoodStanding, hook("fresh", answering("x"), 500)));
        assertThat(control.events).as("in good standing, it runs").containsExactly("slow:timeout", "steady:ok", "fresh:ok");
    }

    /** Sleeps a minute unless interrupted. */
    private static Upsell napping() {
        return (cart, context) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
    }

    private Recorder runWithin(java.time.Duration requestBudget, List<BoundHook> hooks) throws Exception {
        Recorder sink = new Recorder();
        dispatcher.prepare(hooks, bound -> ((Upsell) bound.hook()).recommend(null, bound.context()), sink, requestBudget)
                .start().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        return sink;
    }

    @Test
    void aSinkCanStopTheChain() throws Exception {
        Recorder sink = run(List.of(hook("a", answering("x"), 50), hook("stop", answering("y"), 50), hook("c", answering("z"), 50)));
        assertThat(sink.events).containsExactly("a:ok", "stop:ok");
    }

    @Test
    void setsThePluginsClassLoaderAroundTheCall() throws Exception {
        ClassLoader pluginLoader = new ClassLoader(getClass().getClassLoader()) { };
        List<ClassLoader> seen = new ArrayList<>();
        Upsell probe = (cart, context) -> {
            seen.add(Thread.currentThread().getContextClassLoader());
            return List.of();
        };
        BoundHook bound = new BoundHook("p", HookKind.UPSELL, probe, Mockito.mock(PluginContext.class), pluginLoader,
                TimeUnit.MILLISECONDS.toNanos(50), new HookStats(new CircuitBreaker(dev.salescycle.host.config.BreakerSettings.DEFAULTS, System::nanoTime)));
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        run(List.of(bound));
        assertThat(seen).containsExactly(pluginLoader);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }
}
