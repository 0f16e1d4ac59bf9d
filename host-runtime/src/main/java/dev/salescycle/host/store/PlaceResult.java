package dev.salescycle.host.store;

import java.util.Objects;

/**
 * What {@link Store#placeOrder} did.
 *
 * @param outcome placed, a repeat of an earlier placement, or an order id taken by an imported order
 * @param previous the earlier answer when the outcome is {@link Outcome#DUPLICATE}, else null
 */
public record PlaceResult(Outcome outcome, IdempotentResponse previous) {

    /** The three ways a placement ends. */
    public enum Outcome {
        /** Stored now, in one transaction. */
        PLACED,
        /** The idempotency key or order id was placed before; nothing changed. */
        DUPLICATE,
        /** The order id belongs to an imported order, which has no stored answer; nothing changed. */
        ORDER_EXISTS
    }

    public PlaceResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.DUPLICATE) != (previous != null)) {
            throw new IllegalArgumentException("previous is set exactly when the outcome is DUPLICATE");
        }
    }

    /** The order was stored now. */
    public static PlaceResult placed() {
        return new PlaceResult(Outcome.PLACED, null);
    }

    /** The order was placed before; this is the answer given then. */
    public static PlaceResult duplicate(IdempotentResponse previous) {
        return new PlaceResult(Outcome.DUPLICATE, Objects.requireNonNull(previous, "previous"));
    }

    /** The order id belongs to an imported order. */
    public static PlaceResult orderExists() {
        return new PlaceResult(Outcome.ORDER_EXISTS, null);
    }

    /** Whether the order was stored by this call. */
    public boolean isPlaced() {
        return outcome == Outcome.PLACED;
    }
}
