package dev.salescycle.host.access;

import dev.salescycle.host.config.RateLimits;
import dev.salescycle.host.config.ShopAccess;
import java.util.Set;

/**
 * One shop's door, made once per version of its {@link ShopAccess}: its key digests as bytes, its origins as a
 * set, and its buckets, so that a request looks up nothing but two maps.
 */
final class ShopGate {

    private static final int MAX_CLIENTS = 100_000;

    final ShopAccess access;
    final byte[][] keys;
    final Set<String> origins;
    final Limiter leads;
    final Limiter browser;
    final boolean limited;

    ShopGate(ShopAccess access) {
        this.access = access;
        this.keys = Digests.fromHex(access.keyDigests());
        this.origins = Set.copyOf(access.allowedOrigins());
        RateLimits limits = access.rateLimits();
        this.limited = limits.enabled();
        this.leads = new Limiter(limits.leadsPerClient(), limits.leadsPerShop(), MAX_CLIENTS);
        this.browser = new Limiter(limits.browserPerClient(), limits.browserPerShop(), MAX_CLIENTS);
    }

    Limiter limiter(RateClass rate) {
        return rate == RateClass.LEADS ? leads : browser;
    }
}
