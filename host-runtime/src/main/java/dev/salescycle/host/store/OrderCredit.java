package dev.salescycle.host.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one touch earned in an order, as stored with it.
 *
 * @param pluginId the plugin credited
 * @param stage the hook's label, such as {@code upsell}
 * @param kind how the order came through it, such as {@code line} or {@code mail_click}
 * @param item the offer id, sku, block type or message key (cut to 200 characters)
 * @param touchedAt when the touch was handed out, clicked or opened
 * @param revenue the revenue of the lines it won, in the order's currency
 * @param lines how many lines it won (0: it was used, but later touches won the lines)
 */
public record OrderCredit(String pluginId, String stage, String kind, String item, Instant touchedAt,
                          BigDecimal revenue, int lines) {

    public OrderCredit {
        Check.text("pluginId", pluginId, Limits.PLUGIN_ID);
        Check.text("stage", stage, 20);
        Check.text("kind", kind, 12);
        Check.notNull("item", item);
        item = item.length() > 200 ? item.substring(0, 200) : item;
        Check.notNull("touchedAt", touchedAt);
        Check.notNull("revenue", revenue);
    }
}
