package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Order;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Places an order in one transaction. The answer's row goes in first, so a concurrent placement of the
 * same key or order id waits on it and then fails with a unique violation; that transaction is rolled
 * back whole and the first answer is looked up.
 */
final class OrderPlacer {

    private final Jdbc jdbc;
    private final Daos daos;
    private final Clock clock;

    OrderPlacer(Jdbc jdbc, Daos daos, Clock clock) {
        this.jdbc = jdbc;
        this.daos = daos;
        this.clock = clock;
    }

    PlaceResult place(String shopId, OrderPlacement placement) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.transaction("place order", c -> insert(c, shopId, placement));
            } catch (ConflictException e) {
                Optional<PlaceResult> earlier = earlier(shopId, placement);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                // Lost a race on a customer row, or the winner rolled back: try again.
                if (!Retry.again(started)) {
                    throw e;
                }
                Retry.pause(attempt);
            }
        }
    }

    private PlaceResult insert(Connection c, String shopId, OrderPlacement p) throws SQLException {
        Order order = p.order();
        Instant now = clock.instant();
        daos.idempotency().insert(c, shopId, p.effectiveKey(), order.orderId(),
                new IdempotentResponse(p.requestHash(), p.status(), p.responseBody()), now);
        daos.orders().insert(c, shopId, order, p.visitorId(), p.thankYouJson(), now);
        String email = Check.emailOrNull(order.customerEmail());
        if (email != null) {
            daos.customers().record(c, shopId, List.of(CustomerChange.order(email, order, p.marketingConsent(), now)));
        }
        daos.messages().schedule(c, shopId, order.orderId(), p.messages(), now);
        daos.attribution().insertCredits(c, shopId, order.orderId(), order.currency().getCurrencyCode(),
                order.placedAt(), p.credits());
        return PlaceResult.placed();
    }

    private Optional<PlaceResult> earlier(String shopId, OrderPlacement p) {
        String orderId = p.order().orderId();
        return jdbc.autoCommit("look up earlier order", c -> {
            Optional<IdempotentResponse> response = daos.idempotency().byKey(c, shopId, p.effectiveKey());
            if (response.isEmpty()) {
                response = daos.idempotency().byOrder(c, shopId, orderId);
            }
            if (response.isPresent()) {
                return Optional.of(PlaceResult.duplicate(response.get()));
            }
            return daos.orderQueries().exists(c, shopId, orderId)
                    ? Optional.of(PlaceResult.orderExists()) : Optional.empty();
        });
    }
}
