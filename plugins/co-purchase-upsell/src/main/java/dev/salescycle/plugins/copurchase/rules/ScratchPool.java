package dev.salescycle.plugins.copurchase.rules;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A few reusable {@link Scratch}es, picked by thread. Unlike a ThreadLocal it leaves nothing of the
 * plugin on the host's threads, so the plugin's class loader can go when the plugin is unloaded.
 */
final class ScratchPool {

    private static final int SLOTS = 16;

    private final AtomicReferenceArray<Scratch> slots = new AtomicReferenceArray<>(SLOTS);

    Scratch acquire(int items) {
        Scratch scratch = slots.getAndSet(slot(), null);
        return (scratch == null ? new Scratch(items) : scratch).reset(items);
    }

    void release(Scratch scratch) {
        slots.compareAndSet(slot(), null, scratch);
    }

    private static int slot() {
        return (int) (Thread.currentThread().getId() & (SLOTS - 1));
    }
}
