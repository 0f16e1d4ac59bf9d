package dev.salescycle.host.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the listeners which shop's stream grew: after this store's own commits, and from the database's notices. */
final class Appends implements Consumer<String> {

    private static final Logger LOG = LoggerFactory.getLogger(Appends.class);

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<String> listener) {
        listeners.add(listener);
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    @Override
    public void accept(String shopId) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(shopId);
            } catch (RuntimeException e) {
                LOG.warn("A stream listener failed for shop {}: {}", shopId, e.toString());
            }
        }
    }
}
