package dev.salescycle.plugins.retentiondrip;

import dev.salescycle.plugins.support.SettingChecks;
import dev.salescycle.plugins.support.ShopSecret;
import dev.salescycle.plugins.support.ShopSecrets;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.RetentionOffer;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.ScheduledMessage;
import dev.salescycle.sdk.settings.SettingProblem;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.Settings;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pf4j.Extension;

/**
 * Schedules one message per configured step after each order: welcome (transactional, not marketing),
 * review request, win-back and education (marketing). The key of a message is its template, with
 * {@code -2}, {@code -3}... added when a template repeats. A step with {@code couponPercent} carries a
 * coupon code derived from the shop, order and step, so it is the same each time it is computed.
 *
 * <p>A win-back message is no longer wanted once the customer ordered again after it was scheduled.
 */
@Extension
public final class RetentionDrip implements RetentionOffer {

    private final ShopSecrets secrets = new ShopSecrets();

    @Override
    public List<SettingSpec> settingSpecs() {
        return DripSettings.specs();
    }

    /** Refuses steps the scheduler cannot keep, such as {@code after: PT0S}, at start-up rather than per order. */
    @Override
    public List<SettingProblem> validate(Settings settings) {
        try {
            DripSettings.read(settings);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(SettingChecks.problem(e));
        }
    }

    @Override
    public void shopStarted(PluginContext context) {
        DripSettings settings = DripSettings.read(context.settings());
        ShopSecret.of(context.state(), settings.couponSecret());
    }

    @Override
    public List<ScheduledMessage> schedule(Order order, Customer customer, PluginContext context) {
        DripSettings settings = DripSettings.read(context.settings());
        return DripPlan.schedule(order, customer, settings, secrets.of(context, settings.couponSecret()), context);
    }

    @Override
    public boolean stillWanted(ScheduledMessage message, Customer customer, PluginContext context) {
        if (!Template.WIN_BACK.id().equals(message.template()) || customer == null || customer.lastOrderAt() == null) {
            return true;
        }
        try {
            Instant scheduledAt = Instant.parse(message.data().getOrDefault(MessageData.SCHEDULED_AT, ""));
            return !customer.lastOrderAt().isAfter(scheduledAt);
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    @Override
    public MessageContent render(ScheduledMessage message, Customer customer, PluginContext context) {
        Template template = Template.byId(message.template()).orElseThrow(() -> new IllegalArgumentException(
                "unknown template '" + message.template() + "'; known: " + Template.ids()));
        Facts facts = Facts.of(message.data(), customer, DripSettings.read(context.settings()));
        return TemplateTexts.letter(template, facts).content();
    }
}
