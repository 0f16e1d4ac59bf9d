package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Order;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to add to a customer row: orders (counted and their first and last time) and, when
 * {@code consentSource} is set, a consent decision.
 */
record CustomerChange(String email, String name, int orders, Instant firstOrderAt, Instant lastOrderAt,
                      boolean consent, Instant consentAt, String consentSource, Instant at) {

    /** Consent given without an order, for example with a lead. */
    static CustomerChange consent(String email, String name, Instant at, String source) {
        return new CustomerChange(email, name, 0, null, null, true, at, source, at);
    }

    /** One placed order, with the checkout's consent decision if it made one. */
    static CustomerChange order(String email, Order order, Boolean consent, Instant at) {
        Instant placed = order.placedAt();
        return new CustomerChange(email, order.customerName(), 1, placed, placed,
                Boolean.TRUE.equals(consent), consent == null ? null : placed, consent == null ? null : "order", at);
    }

    /**
     * One change per customer for a batch of orders, by address (the order concurrent batches lock rows
     * in, so they cannot deadlock); orders without an address are left out.
     */
    static List<CustomerChange> ofOrders(List<Order> orders, Instant at) {
        Map<String, CustomerChange> byEmail = new TreeMap<>();
        for (Order order : orders) {
            String email = Check.emailOrNull(order.customerEmail());
            if (email != null) {
                byEmail.merge(email, order(email, order, null, at), CustomerChange::plus);
            }
        }
        return List.copyOf(byEmail.values());
    }

    private CustomerChange plus(CustomerChange later) {
        Instant first = firstOrderAt.isBefore(later.firstOrderAt) ? firstOrderAt : later.firstOrderAt;
        boolean laterIsNewer = !later.lastOrderAt.isBefore(lastOrderAt);
        Instant last = laterIsNewer ? later.lastOrderAt : lastOrderAt;
        String newestName = laterIsNewer ? orElse(later.name, name) : orElse(name, later.name);
        return new CustomerChange(email, newestName, orders + later.orders, first, last, false, null, null, at);
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
