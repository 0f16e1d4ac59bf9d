package dev.salescycle.sdk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What the shop knows of a customer.
 *
 * @param email the e-mail address, lower case
 * @param name the name, or null
 * @param marketingConsent whether the customer agreed to marketing messages
 * @param orderCount how many orders the customer placed, the current one included
 * @param firstOrderAt the first order's time, or null if none yet
 * @param lastOrderAt the latest order's time, or null if none yet
 * @since 1.0.0
 */
public record Customer(String email, String name, boolean marketingConsent, int orderCount,
                       Instant firstOrderAt, Instant lastOrderAt) {

    /**
     * Checks the customer.
     *
     * @throws NullPointerException if {@code email} is null
     * @throws IllegalArgumentException if {@code orderCount} is negative
     */
    public Customer {
        Objects.requireNonNull(email, "email");
        if (orderCount < 0) {
            throw new IllegalArgumentException("orderCount must not be negative");
        }
    }
}
