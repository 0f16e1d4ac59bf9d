package com.example.plugin;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.RetentionOffer;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Schedules a welcome message but renders nothing. */
public class SilentRetention implements RetentionOffer {

    @Override
    public List<ScheduledMessage> schedule(Order order, Customer customer, PluginContext context) {
        return List.of(new ScheduledMessage("welcome", "welcome", order.placedAt().plus(Duration.ofDays(1)), false, Map.of()));
    }

    @Override
    public MessageContent render(ScheduledMessage message, Customer customer, PluginContext context) {
        return null;
    }
}
