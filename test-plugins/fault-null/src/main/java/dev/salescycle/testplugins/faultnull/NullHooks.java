package dev.salescycle.testplugins.faultnull;

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
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** Answers null, or lists full of nulls and wrong types. */
@Extension
public class NullHooks implements LeadCapture, ConversionOffer, Upsell, ThankYouPage, RetentionOffer {

    @Override
    public LeadOutcome capture(ScoredLead lead, PluginContext context) {
        return null;
    }

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return null;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        List garbage = new ArrayList();
        garbage.add(null);
        garbage.add("not a recommendation");
        return garbage;
    }

    @Override
    public List<PageBlock> blocks(Order order, Customer customer, PluginContext context) {
        return null;
    }

    @Override
    public List<ScheduledMessage> schedule(Order order, Customer customer, PluginContext context) {
        return null;
    }

    @Override
    public MessageContent render(ScheduledMessage message, Customer customer, PluginContext context) {
        return null;
    }
}
