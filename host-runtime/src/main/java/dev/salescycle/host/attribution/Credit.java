package dev.salescycle.host.attribution;

import java.math.BigDecimal;

/**
 * What one touch earned in an order.
 *
 * @param touch the touch
 * @param revenue the sum of the order lines it was the last touch of (zero when a later touch won them all)
 * @param lines how many lines it won
 */
public record Credit(Touch touch, BigDecimal revenue, int lines) {
}
