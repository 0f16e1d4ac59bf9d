package dev.salescycle.plugins.copurchase.shop;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Two copies of a mutable structure with wait-free reads (the Left-Right technique of Ramalhete and
 * Correia). Readers always read a copy no writer touches; a writer changes the idle copy, points
 * new readers at it, waits until the readers of the other copy have left, then repeats the change there.
 * Writers take turns; a read costs two atomic increments. Both copies must start equal and every
 * mutation must be deterministic, so that they stay equal.
 *
 * @param <T> the structure
 */
public final class LeftRight<T> {

    private final Object[] copies;
    private final AtomicInteger[] readers = {new AtomicInteger(), new AtomicInteger()};
    private final ReentrantLock writer = new ReentrantLock();
    private volatile int readIndex;
    private volatile int versionIndex;

    /** Wraps two equal, independent copies. */
    public LeftRight(T first, T second) {
        if (first == second) {
            throw new IllegalArgumentException("the two copies must be distinct objects");
        }
        this.copies = new Object[] {first, second};
    }

    /** Runs the reader on a copy that no writer changes while it runs. */
    public <R> R read(Function<? super T, R> reader) {
        AtomicInteger indicator = readers[versionIndex];
        indicator.incrementAndGet();
        try {
            return reader.apply(copy(readIndex));
        } finally {
            indicator.decrementAndGet();
        }
    }

    /** Applies the mutation to both copies, one at a time, while readers go on reading the other. */
    public void write(Consumer<? super T> mutation) {
        writer.lock();
        try {
            int idle = 1 - readIndex;
            mutation.accept(copy(idle));
            readIndex = idle;
            int version = versionIndex;
            awaitNoReaders(readers[1 - version]);
            versionIndex = 1 - version;
            awaitNoReaders(readers[version]);
            mutation.accept(copy(1 - idle));
        } finally {
            writer.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private T copy(int index) {
        return (T) copies[index];
    }

    private static void awaitNoReaders(AtomicInteger indicator) {
        for (int spins = 0; indicator.get() != 0; spins++) {
            if (spins < 1_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }
}
