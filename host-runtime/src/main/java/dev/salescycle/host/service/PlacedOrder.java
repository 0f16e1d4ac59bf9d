package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.Attributed;
import dev.salescycle.host.dispatch.Skipped;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.util.List;

/**
 * An order with what the thank-you and retention plugins made of it.
 *
 * @param order the order
 * @param blocks the thank-you page blocks in plugin order
 * @param messages the scheduled messages in plugin order
 * @param skipped plugins whose contribution is missing
 * @param blockRefs the attribution reference of each block
 */
public record PlacedOrder(Order order, List<Attributed<PageBlock>> blocks,
                          List<Attributed<ScheduledMessage>> messages, List<Skipped> skipped, List<String> blockRefs) {
}
