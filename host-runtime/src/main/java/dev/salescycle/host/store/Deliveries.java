package dev.salescycle.host.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Claims due messages and delivers them under their claim, each in a transaction of its own. */
final class Deliveries {

    private static final int MAX_BATCH = 1000;
    private static final int MAX_TOKEN = 200;

    private final Jdbc jdbc;
    private final Daos daos;

    Deliveries(Jdbc jdbc, Daos daos) {
        this.jdbc = jdbc;
        this.daos = daos;
    }

    List<ClaimedMessage> claim(String token, Collection<String> shopIds, Instant now, int limit,
                               Duration claimTimeout) {
        Check.text("claimToken", token, MAX_TOKEN);
        List<String> shops = Check.notNull("shopIds", shopIds).stream().map(Check::shopId).distinct().toList();
        Check.notNull("now", now);
        if (limit < 1 || limit > MAX_BATCH) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_BATCH + ", got " + limit);
        }
        if (Check.notNull("claimTimeout", claimTimeout).isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("claimTimeout must be positive, got " + claimTimeout);
        }
        if (shops.isEmpty()) {
            return List.of();
        }
        Instant expires = now.plus(claimTimeout);
        return Retry.onConflict(() -> jdbc.transaction("claim due messages",
                c -> daos.deliveries().claim(c, token, shops, now, limit, expires)));
    }

    Optional<DeliveryOutcome> deliver(ClaimedMessage message, Function<ClaimedMessage, DeliveryOutcome> delivery) {
        Check.notNull("message", message);
        Check.notNull("delivery", delivery);
        return jdbc.transaction("deliver message", c -> {
            if (!daos.deliveries().lockClaim(c, message)) {
                return Optional.empty();
            }
            DeliveryOutcome outcome = Check.notNull("delivery outcome", delivery.apply(message));
            daos.deliveries().settle(c, message, outcome);
            if (outcome.status() == MessageStatus.SENT) {
                daos.funnel().record(c, message.shopId(), List.of(new FunnelEvent(FunnelEventType.MESSAGE_SENT,
                        String.valueOf(message.id()), message.pluginId(), outcome.at())));
            }
            return Optional.of(outcome);
        });
    }

    int release(String tokenPrefix, Instant at) {
        Check.text("tokenPrefix", tokenPrefix, MAX_TOKEN);
        Check.notNull("at", at);
        return jdbc.autoCommit("release claims", c -> daos.deliveries().release(c, tokenPrefix, at));
    }
}
