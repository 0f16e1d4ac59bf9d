package dev.salescycle.host.store;

import java.util.List;
import java.util.Map;

/**
 * Everything a shop stores about one e-mail address, as {@link Store#exportCustomer} returns it. Each row is
 * a map of its columns, in table order, without the shop id: times are ISO-8601 instants, amounts plain
 * decimal strings, and columns holding JSON (interests, segments, attributes, message data, thank-you
 * blocks) their parsed value.
 *
 * @param email the address, lower case
 * @param customer the customer row, or null if there is none
 * @param leads the lead rows
 * @param orders the order rows, oldest first, each with its {@code lines} and its {@code messages}, each
 *     message with its delivery {@code attempts}
 * @param unsubscribes the unsubscribe rows
 * @param funnelEvents the funnel events about the customer's leads, orders and messages
 */
public record CustomerExport(String email, Map<String, Object> customer, List<Map<String, Object>> leads,
                             List<Map<String, Object>> orders, List<Map<String, Object>> unsubscribes,
                             List<Map<String, Object>> funnelEvents) {

    public CustomerExport {
        leads = List.copyOf(leads);
        orders = List.copyOf(orders);
        unsubscribes = List.copyOf(unsubscribes);
        funnelEvents = List.copyOf(funnelEvents);
    }
}
