package dev.salescycle.testplugins.faulthangs;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.LeadCapture;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.RetentionOffer;
import dev.salescycle.sdk.ThankYouPage;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.LeadOutcome;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.model.ScheduledMessage;
import dev.salescycle.sdk.model.ScoredLead;
import java.util.List;
import org.pf4j.Extension;

/** Sleeps two seconds in every hook, ignoring interrupts, then answers. */
@Extension
public class HangingHooks implements LeadCapture, ConversionOffer, Upsell, ThankYouPage, RetentionOffer {

    static final long HANG_MILLIS = 2_000;

    static void hang() {
        long until = System.currentTimeMillis() + HANG_MILLIS;
        while (System.currentTimeMillis() < until) {
            try {
                Thread.sleep(Math.max(1, until - System.currentTimeMillis()));
            } catch (InterruptedException ignored) {
                // on purpose: a badly written plugin that swallows interrupts
            }
        }
    }

    @Override
    public LeadOutcome capture(ScoredLead lead, PluginContext context) {
        hang();
        return LeadOutcome.accept(lead.withScore(lead.score() + 1000));
    }

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        hang();
        return List.of();
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        hang();
        return List.of(new Recommendation("late-sku", "Too late", null, 1, "late", null));
    }

    @Override
    public List<PageBlock> blocks(Order order, Customer customer, PluginContext context) {
        hang();
        return List.of(PageBlock.text("too late"));
    }

    @Override
    public List<ScheduledMessage> schedule(Order order, Customer customer, PluginContext context) {
        hang();
        return List.of(new ScheduledMessage("too-late", "too-late", order.placedAt(), false, null));
    }

    @Override
    public MessageContent render(ScheduledMessage message, Customer customer, PluginContext context) {
        hang();
        return new MessageContent("Too late", "too late", null);
    }
}
