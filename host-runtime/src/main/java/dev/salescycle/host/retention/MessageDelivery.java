package dev.salescycle.host.retention;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.mail.MailDeliveryException;
import dev.salescycle.host.mail.MailSender;
import dev.salescycle.host.mail.Outbox;
import dev.salescycle.host.mail.OutgoingMail;
import dev.salescycle.host.mail.SentMail;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.ClaimedMessage;
import dev.salescycle.host.store.DeliveryOutcome;
import dev.salescycle.host.store.Store;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Delivers one claimed message, in this order: cancelled if its plugin is no longer enabled for the shop
 * or the customer is gone; suppressed if it is marketing and the customer unsubscribed or gave no consent;
 * cancelled if the plugin no longer wants it; otherwise rendered by the plugin and sent. A failed render or
 * send is retried with back-off.
 */
final class MessageDelivery implements Function<ClaimedMessage, DeliveryOutcome> {

    /** What delivery needs besides the message. */
    record Parts(RunningShops shops, Store store, PluginCalls calls, MailComposer composer, MailSender sender,
                 Outbox outbox, Backoff backoff, Clock clock) {
    }

    private final Parts p;

    MessageDelivery(Parts parts) {
        this.p = parts;
    }

    @Override
    public DeliveryOutcome apply(ClaimedMessage m) {
        Instant now = p.clock().instant();
        Optional<BoundHook> hook = hook(m.shopId(), m.pluginId());
        if (hook.isEmpty()) {
            return DeliveryOutcome.cancelled(now, "plugin " + m.pluginId() + " is not enabled for shop " + m.shopId());
        }
        Optional<Customer> customer = m.email() == null ? Optional.empty() : p.store().customer(m.shopId(), m.email());
        if (customer.isEmpty()) {
            return DeliveryOutcome.cancelled(now, "the customer is unknown or erased");
        }
        if (m.marketing() && p.store().isUnsubscribed(m.shopId(), m.email())) {
            return DeliveryOutcome.suppressed(now, "unsubscribed");
        }
        if (m.marketing() && !customer.get().marketingConsent()) {
            return DeliveryOutcome.suppressed(now, "no marketing consent");
        }
        try {
            return renderAndSend(m, hook.get(), customer.get());
        } catch (PluginCallException e) {
            return p.backoff().failure(m, now, e.getMessage(), false);
        } catch (MailDeliveryException e) {
            return p.backoff().failure(m, now, e.getMessage(), e.permanent());
        }
    }

    private DeliveryOutcome renderAndSend(ClaimedMessage m, BoundHook hook, Customer customer)
            throws PluginCallException, MailDeliveryException {
        ScheduledMessage scheduled = m.scheduled();
        if (!p.calls().call(hook, "stillWanted", h -> h.stillWanted(scheduled, customer, hook.context()))) {
            return DeliveryOutcome.cancelled(p.clock().instant(), "no longer wanted by plugin " + m.pluginId());
        }
        MessageContent content = p.calls().call(hook, "render", h -> h.render(scheduled, customer, hook.context()));
        OutgoingMail mail = p.composer().compose(m, content);
        p.sender().send(mail);
        Instant sent = p.clock().instant();
        p.outbox().record(new SentMail(sent, m.shopId(), m.id(), mail));
        return DeliveryOutcome.sent(sent);
    }

    private Optional<BoundHook> hook(String shopId, String pluginId) {
        ShopRuntime shop = p.shops().all().get(shopId);
        return shop == null ? Optional.empty() : shop.hooks(HookKind.RETENTION_OFFER).stream()
                .filter(h -> h.pluginId().equals(pluginId)).findFirst();
    }
}
