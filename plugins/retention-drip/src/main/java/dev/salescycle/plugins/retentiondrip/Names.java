package dev.salescycle.plugins.retentiondrip;

import dev.salescycle.plugins.support.FirstNames;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names as messages use them: the customer's first name and the items bought. */
final class Names {

    static final int MAX_ITEMS_NAMED = 5;

    private Names() {
    }

    /** The first name from the order, else from the customer; null when neither has one. */
    static String firstName(Order order, Customer customer) {
        String name = firstName(order == null ? null : order.customerName());
        return name != null || customer == null ? name : firstName(customer.name());
    }

    static String firstName(String name) {
        return FirstNames.of(name);
    }

    /** "Beans, Mug" — item names (the sku where a line has none), each once, the first five and a count of the rest. */
    static String items(List<CartLine> lines) {
        Set<String> names = new LinkedHashSet<>();
        for (CartLine line : lines) {
            names.add(line.name() == null || line.name().isBlank() ? line.sku() : line.name().trim());
        }
        List<String> all = List.copyOf(names);
        if (all.size() <= MAX_ITEMS_NAMED) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, MAX_ITEMS_NAMED)) + " and " + (all.size() - MAX_ITEMS_NAMED) + " more";
    }
}
