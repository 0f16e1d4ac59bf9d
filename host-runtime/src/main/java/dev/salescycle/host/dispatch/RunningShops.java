package dev.salescycle.host.dispatch;

import dev.salescycle.host.domain.NotFoundException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The current snapshot of every shop's runtime; replaced whole, read without locks. */
public final class RunningShops {

    private final AtomicReference<Map<String, ShopRuntime>> current;

    public RunningShops(Map<String, ShopRuntime> initial) {
        this.current = new AtomicReference<>(ordered(initial));
    }

    /** The shop's runtime, or a {@link NotFoundException}. */
    public ShopRuntime require(String shopId) {
        ShopRuntime shop = current.get().get(shopId);
        if (shop == null) {
            throw NotFoundException.unknownShop(shopId);
        }
        return shop;
    }

    public Map<String, ShopRuntime> all() {
        return current.get();
    }

    private static Map<String, ShopRuntime> ordered(Map<String, ShopRuntime> shops) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shops));
    }

    public void replace(Map<String, ShopRuntime> shops) {
        current.set(ordered(shops));
    }
}
