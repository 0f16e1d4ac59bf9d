package dev.salescycle.testplugins.faultthrows;

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

/** Throws from every hook. */
@Extension
public class ThrowingHooks implements LeadCapture, ConversionOffer, Upsell, ThankYouPage, RetentionOffer {

    @Override
    public LeadOutcome capture(ScoredLead lead, PluginContext context) {
        throw new IllegalStateException("fault-throws: lead");
    }

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        throw new IllegalStateException("fault-throws: offers");
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        throw new OutOfMemoryError("fault-throws: pretend out of memory");
    }

    @Override
    public List<PageBlock> blocks(Order order, Customer customer, PluginContext context) {
        throw new IllegalStateException("fault-throws: blocks");
    }

    @Override
    public List<ScheduledMessage> schedule(Order order, Customer customer, PluginContext context) {
        throw new IllegalStateException("fault-throws: schedule");
    }

    @Override
    public MessageContent render(ScheduledMessage message, Customer customer, PluginContext context) {
        throw new IllegalStateException("fault-throws: render");
    }
}
