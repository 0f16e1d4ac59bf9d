package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Customer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Customers as this store last read them, kept until this store writes them. Exact only when no other
 * process writes the database, so it is used for embedded H2 (one process holds the file) and never for
 * PostgreSQL or an H2 server, where several hosts write. It exists because the first-order offer asks for
 * the customer on every cart: the look-up was a fifth of a cart request's CPU.
 */
final class CustomerCache {

    private static final int MAX_ENTRIES = 100_000;

    private record Key(String shopId, String email) {
    }

    private final ConcurrentHashMap<Key, Optional<Customer>> entries = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final boolean enabled;

    private CustomerCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache for a store at this URL: on for embedded H2, off (every read goes to the database) otherwise. */
    static CustomerCache forUrl(String jdbcUrl) {
        return new CustomerCache(Dialect.embedded(jdbcUrl));
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * The cached answer, or the database's (kept unless a write raced with the read: a reader that began
     * before a write's invalidation and finished after it must not keep what it read).
     */
    Optional<Customer> get(String shopId, String email, Supplier<Optional<Customer>> read) {
        if (!enabled) {
            return read.get();
        }
        Key key = new Key(shopId, email);
        Optional<Customer> cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        long before = writes.get();
        Optional<Customer> fresh = read.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, fresh);
        if (writes.get() != before) {
            entries.remove(key, fresh);
        }
        return fresh;
    }

    /** Forgets one customer (the address as given, or null for none); call after a write to it ended. */
    void changed(String shopId, String email) {
        if (enabled && email != null) {
            writes.incrementAndGet();
            entries.remove(new Key(shopId, email.trim().toLowerCase(Locale.ROOT)));
        }
    }

    /** Forgets every customer of a shop (after an import, which touches many). */
    void changedAll(String shopId) {
        if (enabled) {
            writes.incrementAndGet();
            entries.keySet().removeIf(k -> k.shopId().equals(shopId));
        }
    }
}
