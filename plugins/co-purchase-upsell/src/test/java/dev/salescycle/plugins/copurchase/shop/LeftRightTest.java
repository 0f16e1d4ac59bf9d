package dev.salescycle.plugins.copurchase.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Readers never wait for a writer and never see a copy change under them. */
@Timeout(120)
class LeftRightTest {

    @Test
    void aWriteIsVisibleToLaterReads() {
        LeftRight<int[]> counter = new LeftRight<>(new int[1], new int[1]);

        counter.write(c -> c[0]++);
        counter.write(c -> c[0]++);

        assertThat(counter.<Integer>read(c -> c[0])).isEqualTo(2);
    }

    @Test
    void aWriterWaitsForOldReadersWhileNewReadersGoOn() throws Exception {
        LeftRight<int[]> counter = new LeftRight<>(new int[1], new int[1]);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<int[]> slowReader = CompletableFuture.supplyAsync(() -> counter.read(c -> {
            int before = c[0];
            reading.countDown();
            await(release);
            return new int[] {before, c[0]};
        }));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean written = new AtomicBoolean();

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            counter.write(c -> c[0]++);
            written.set(true);
        });

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (counter.<Integer>read(c -> c[0]) == 0) {
            assertThat(System.nanoTime()).as("the write reaches new readers").isLessThan(deadline);
            Thread.onSpinWait();
        }
        assertThat(written).as("the writer still waits for the slow reader").isFalse();
        release.countDown();
        writer.get(10, TimeUnit.SECONDS);
        assertThat(slowReader.get(10, TimeUnit.SECONDS)).containsExactly(0, 0);
        assertThat(counter.<Integer>read(c -> c[0])).isEqualTo(1);
    }

    @Test
    void theTwoCopiesMustBeDistinct() {
        int[] same = new int[1];

        assertThatThrownBy(() -> new LeftRight<>(same, same)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
