package dev.salescycle.demo.sample;

import java.util.List;

/**
 * One past order as the host's order import reads it (a line of NDJSON).
 *
 * @param orderId       stable id, so importing twice adds nothing
 * @param customerEmail who placed it
 * @param currency      ISO 4217 code
 * @param lines         what was bought
 * @param total         order total as a decimal string
 * @param placedAt      ISO-8601 instant
 */
public record PastOrder(String orderId, String customerEmail, String currency, List<Line> lines, String total,
                        String placedAt) {

    /** Copies the lines. */
    public PastOrder {
        lines = List.copyOf(lines);
    }

    /**
     * A line of a past order.
     *
     * @param sku       the product
     * @param name      its name at the time
     * @param quantity  how many
     * @param unitPrice price of one, as a decimal string
     */
    public record Line(String sku, String name, int quantity, String unitPrice) {
    }
}
