package dev.salescycle.plugins.thankyou;

import dev.salescycle.plugins.support.FirstNames;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;

/** The heading and the order summary in words. */
final class Greeting {

    private Greeting() {
    }

    /** "Thank you, Anna!" with the first name the order or customer gives, else a neutral thanks. */
    static String heading(Order order, Customer customer) {
        String name = firstName(order.customerName());
        if (name == null && customer != null) {
            name = firstName(customer.name());
        }
        return name == null ? "Thank you for your order!" : "Thank you, " + name + "!";
    }

    /** "Your order 1001 is confirmed: 3 items, 42.50 EUR in total." */
    static String summary(Order order) {
        long items = order.lines().stream().mapToLong(CartLine::quantity).sum();
        return "Your order " + order.orderId() + " is confirmed: " + items + (items == 1 ? " item, " : " items, ")
                + order.total() + " in total.";
    }

    static String firstName(String name) {
        return FirstNames.of(name);
    }
}
