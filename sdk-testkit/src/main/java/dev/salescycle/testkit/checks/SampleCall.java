package dev.salescycle.testkit.checks;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.LeadCapture;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.RetentionOffer;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.ThankYouPage;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.util.List;

/** One sample call per hook, with the sample shop's data, and what the host would make of its answer. */
enum SampleCall {

    LEAD_CAPTURE(LeadCapture.class, "LeadCapture.capture") {
        @Override
        Object call(SalesCycleHook hook, PluginContext context) {
            return ((LeadCapture) hook).capture(Samples.lead(), context);
        }

        @Override
        String problem(Object answer) {
            return answer == null ? "returned null, which the host drops: return LeadOutcome.accept(lead) or LeadOutcome.reject(reason)" : null;
        }
    },
    CONVERSION_OFFER(ConversionOffer.class, "ConversionOffer.offers") {
        @Override
        Object call(SalesCycleHook hook, PluginContext context) {
            return ((ConversionOffer) hook).offers(Samples.cart(), context);
        }

        @Override
        String problem(Object answer) {
            return Answers.listProblem(answer, Offer.class, 20, "offers");
        }
    },
    UPSELL(Upsell.class, "Upsell.recommend") {
        @Override
        Object call(SalesCycleHook hook, PluginContext context) {
            return ((Upsell) hook).recommend(Samples.cart(), context);
        }

        @Override
        String problem(Object answer) {
            return Answers.listProblem(answer, Recommendation.class, 100, "recommendations");
        }
    },
    THANK_YOU_PAGE(ThankYouPage.class, "ThankYouPage.blocks") {
        @Override
        Object call(SalesCycleHook hook, PluginContext context) {
            return ((ThankYouPage) hook).blocks(Samples.order(), Samples.customer(), context);
        }

        @Override
        String problem(Object answer) {
            return Answers.listProblem(answer, PageBlock.class, 20, "blocks");
        }
    },
    RETENTION_OFFER(RetentionOffer.class, "RetentionOffer.schedule and render") {
        @Override
        Object call(SalesCycleHook hook, PluginContext context) {
            RetentionOffer retention = (RetentionOffer) hook;
            List<ScheduledMessage> messages = retention.schedule(Samples.order(), Samples.customer(), context);
            if (Answers.listProblem(messages, ScheduledMessage.class, 20, "messages") != null || messages.isEmpty()) {
                return messages;
            }
            return new Rendered(messages, retention.render(messages.get(0), Samples.customer(), context));
        }

        @Override
        String problem(Object answer) {
            if (answer instanceof Rendered rendered) {
                return rendered.content() != null ? null : "render returned null for message '"
                        + rendered.messages().get(0).key() + "': return a MessageContent with a subject and a text";
            }
            return Answers.listProblem(answer, ScheduledMessage.class, 20, "messages");
        }
    };

    /** The messages a retention hook scheduled and the first one rendered. */
    record Rendered(List<ScheduledMessage> messages, MessageContent content) {
    }

    private final Class<? extends SalesCycleHook> type;
    private final String label;

    SampleCall(Class<? extends SalesCycleHook> type, String label) {
        this.type = type;
        this.label = label;
    }

    /** Whether the hook implements this call's interface. */
    boolean appliesTo(SalesCycleHook hook) {
        return type.isInstance(hook);
    }

    /** The method called, for messages, such as {@code Upsell.recommend}. */
    String label() {
        return label;
    }

    abstract Object call(SalesCycleHook hook, PluginContext context);

    /** What is wrong with the answer, as advice, or null if the host takes it whole. */
    abstract String problem(Object answer);
}
