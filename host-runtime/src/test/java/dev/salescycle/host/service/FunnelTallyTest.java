package dev.salescycle.host.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.store.FunnelCount;
import dev.salescycle.host.store.FunnelEventType;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class FunnelTallyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final FunnelTally tally = new FunnelTally();

    @Test
    void aDrainTakesWhatWasAddedSinceTheLastOnePerTypeAndPlugin() {
        tally.add(FunnelEventType.CART_EVALUATED, null, 1);
        tally.add(FunnelEventType.OFFER_SHOWN, "offers", 2);
        tally.add(FunnelEventType.OFFER_SHOWN, "offers", 3);

        assertThat(tally.drain(T0, T0.plusSeconds(1))).containsExactlyInAnyOrder(
                new FunnelCount(FunnelEventType.CART_EVALUATED, null, 1, T0, T0.plusSeconds(1)),
                new FunnelCount(FunnelEventType.OFFER_SHOWN, "offers", 5, T0, T0.plusSeconds(1)));
        assertThat(tally.drain(T0, T0.plusSeconds(2))).isEmpty();

        tally.add(FunnelEventType.OFFER_SHOWN, "offers", 1);
        List<FunnelCount> unwritten = tally.drain(T0, T0.plusSeconds(3));
        tally.restore(unwritten);
        assertThat(tally.drain(T0, T0.plusSeconds(4))).extracting(FunnelCount::count).containsExactly(1L);
    }

    @Test
    void noIncrementIsLostToADrainRunningBesideIt() throws Exception {
        int threads = 4;
        int each = 200_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = 0; i < each; i++) {
                    tally.add(FunnelEventType.RECOMMENDATION_SHOWN, "upsell", 1);
                }
                done.countDown();
            });
        }
        AtomicLong drained = new AtomicLong();
        while (done.getCount() > 0) {
            tally.drain(T0, T0).forEach(n -> drained.addAndGet(n.count()));
        }
        tally.drain(T0, T0).forEach(n -> drained.addAndGet(n.count()));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(drained).hasValue((long) threads * each);
    }
}
