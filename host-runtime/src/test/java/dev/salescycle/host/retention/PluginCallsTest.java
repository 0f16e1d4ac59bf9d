package dev.salescycle.host.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.salescycle.host.config.BreakerSettings;
import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.CallGuard;
import dev.salescycle.host.dispatch.CircuitBreaker;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.dispatch.HookStats;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.RetentionOffer;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.Mockito;

@Timeout(120)
class PluginCallsTest {

    private static final BreakerSettings OPENS_AFTER_FOUR = new BreakerSettings(10, 4, 50, Duration.ofMinutes(1), 1);

    private final PluginCalls calls = new PluginCalls();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        calls.close();
    }

    /** A retention plugin whose render does what it is given. */
    private static BoundHook hook(String id, Supplier<MessageContent> render) {
        RetentionOffer offer = new RetentionOffer() {
            @Override
            public List<ScheduledMessage> schedule(Order order, Customer customer, PluginContext context) {
                return List.of();
            }

            @Override
            public MessageContent render(ScheduledMessage message, Customer customer, PluginContext context) {
                return render.get();
            }
        };
        return new BoundHook(id, HookKind.RETENTION_OFFER, offer, Mockito.mock(PluginContext.class),
                PluginCallsTest.class.getClassLoader(), TimeUnit.MILLISECONDS.toNanos(50),
                new HookStats(new CircuitBreaker(OPENS_AFTER_FOUR, System::nanoTime)));
    }

    private MessageContent render(BoundHook hook) throws PluginCallException {
        return calls.call(hook, "render", h -> h.render(null, null, null));
    }

    private static MessageContent content() {
        return new MessageContent("subject", "text", null);
    }

    @Test
    void aCallThatSleepsPastItsBudgetIsInterruptedAndGivesItsThreadBack() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        BoundHook sleeper = hook("sleeper", () -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return content();
        });

        assertThatThrownBy(() -> render(sleeper)).isInstanceOf(PluginCallException.class)
                .hasMessageContaining("sleeper did not return from render within");

        assertThat(interrupted.await(30, TimeUnit.SECONDS)).as("the sleeping call was interrupted").isTrue();
        assertThat(sleeper.stats().timeouts()).isEqualTo(1);
        awaitNoStuckCalls(sleeper);
        assertThat(render(hook("healthy", PluginCallsTest::content)).subject()).isEqualTo("subject");
    }

    @Test
    void anInterruptIsHeldBackWhileThePluginIsInsideAHostCall() throws Exception {
        AtomicInteger interruptedInHostCall = new AtomicInteger();
        CountDownLatch interruptedAfter = new CountDownLatch(1);
        BoundHook reader = hook("reader", () -> {
            CallGuard guard = CallGuard.current();
            guard.enterHost();
            try {
                Thread.sleep(PluginCalls.MIN_BUDGET_NANOS / 1_000_000 + 500);
            } catch (InterruptedException e) {
                interruptedInHostCall.incrementAndGet();
            } finally {
                guard.exitHost();
            }
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            } catch (InterruptedException e) {
                interruptedAfter.countDown();
            }
            return content();
        });

        assertThatThrownBy(() -> render(reader)).isInstanceOf(PluginCallException.class);

        assertThat(interruptedAfter.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(interruptedInHostCall.get()).isZero();
    }

    @Test
    void aHookThatFailsRepeatedlyOpensItsBreakerAndIsNoLongerCalled() {
        AtomicInteger calledTimes = new AtomicInteger();
        BoundHook throwing = hook("thrower", () -> {
            calledTimes.incrementAndGet();
            throw new IllegalStateException("boom");
        });

        for (int i = 0; i < OPENS_AFTER_FOUR.minCalls(); i++) {
            assertThatThrownBy(() -> render(throwing)).hasMessageContaining("thrower failed in render")
                    .hasMessageContaining("boom");
        }
        assertThat(throwing.stats().breakerState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> render(throwing)).isInstanceOf(PluginCallException.class)
                .hasMessage("thrower (render) skipped: circuit breaker open after repeated failures");
        assertThat(calledTimes.get()).isEqualTo(OPENS_AFTER_FOUR.minCalls());
        assertThat(throwing.stats().errors()).isEqualTo(OPENS_AFTER_FOUR.minCalls());
        assertThat(throwing.stats().skips()).isEqualTo(1);
    }

    @Test
    void aPluginWithCallsStuckPastTheirBudgetIsNotCalledUntilTheyReturn() throws Exception {
        AtomicInteger calledTimes = new AtomicInteger();
        BoundHook deaf = hook("deaf", () -> {
            calledTimes.incrementAndGet();
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // a plugin that ignores interrupts
                }
            }
            return content();
        });
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> render(deaf)).hasMessageContaining("did not return");
        }

        assertThatThrownBy(() -> render(deaf)).isInstanceOf(PluginCallException.class)
                .hasMessageContaining("deaf (render) skipped: earlier calls are still running past their budget");
        assertThat(calledTimes.get()).isEqualTo(2);

        release.countDown();
        awaitNoStuckCalls(deaf);
    }

    private static void awaitNoStuckCalls(BoundHook hook) {
        await().atMost(Duration.ofSeconds(30)).until(() -> hook.stats().stuck() == 0);
    }
}
