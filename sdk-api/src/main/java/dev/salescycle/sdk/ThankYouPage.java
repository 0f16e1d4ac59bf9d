package dev.salescycle.sdk;

import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.PageBlock;
import java.util.List;

/**
 * Stage 4, saying thank you: blocks on the order confirmation page.
 *
 * <p>Called once when the order is placed; the host stores the blocks with the order, so that the
 * page shows the same blocks (and the same referral codes) each time it is viewed.
 *
 * @since 1.0.0
 */
public interface ThankYouPage extends SalesCycleHook {

    /** Blocks to show, top to bottom; the blocks of all plugins follow the configured plugin order. */
    List<PageBlock> blocks(Order order, Customer customer, PluginContext context);
}
