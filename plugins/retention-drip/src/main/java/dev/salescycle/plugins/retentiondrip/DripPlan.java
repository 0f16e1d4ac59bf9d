package dev.salescycle.plugins.retentiondrip;

import dev.salescycle.plugins.support.OrderCodes;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the configured steps into the messages for one order. */
final class DripPlan {

    private DripPlan() {
    }

    static List<ScheduledMessage> schedule(Order order, Customer customer, DripSettings settings, byte[] secret,
                                           PluginContext context) {
        Map<String, String> common = orderData(order, customer, context);
        OrderCodes codes = new OrderCodes(secret, context.shopId(), order.orderId());
        Map<Template, Integer> seen = new HashMap<>();
        List<ScheduledMessage> messages = new ArrayList<>();
        for (DripStep step : settings.steps()) {
            int occurrence = seen.merge(step.template(), 1, Integer::sum);
            String key = occurrence == 1 ? step.template().id() : step.template().id() + "-" + occurrence;
            Map<String, String> data = new HashMap<>(common);
            if (step.couponPercent() != null) {
                data.put(MessageData.COUPON_CODE, settings.couponPrefix() + codes.code("coupon:" + key));
                data.put(MessageData.COUPON_PERCENT, step.couponPercent().toString());
            }
            messages.add(new ScheduledMessage(key, step.template().id(), order.placedAt().plus(step.after()),
                    step.template().marketing(), data));
        }
        return messages;
    }

    private static Map<String, String> orderData(Order order, Customer customer, PluginContext context) {
        Map<String, String> data = new HashMap<>();
        data.put(MessageData.ORDER_ID, order.orderId());
        data.put(MessageData.ITEMS, Names.items(order.lines()));
        data.put(MessageData.SCHEDULED_AT, context.clock().instant().toString());
        String firstName = Names.firstName(order, customer);
        if (firstName != null) {
            data.put(MessageData.FIRST_NAME, firstName);
        }
        return data;
    }
}
