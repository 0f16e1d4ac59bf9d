package dev.salescycle.plugins.retentiondrip;

import java.util.ArrayList;
import java.util.List;

/** The words of each template. */
final class TemplateTexts {

    private TemplateTexts() {
    }

    static Letter letter(Template template, Facts facts) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(facts.greeting());
        String orderRef = facts.orderId() == null ? "your order" : "your order " + facts.orderId();
        String subject = switch (template) {
            case WELCOME -> {
                paragraphs.add("Thank you for " + orderRef + ". We are getting " + facts.items() + " ready for you.");
                paragraphs.add("If you have a question, just reply to this e-mail.");
                yield "Thank you for your order" + facts.nameSuffix();
            }
            case REVIEW_REQUEST -> {
                paragraphs.add("You have had " + facts.items() + " for a little while now. "
                        + "Would you tell other customers what you think?");
                yield "How do you like your order" + facts.nameSuffix() + "?";
            }
            case WIN_BACK -> {
                paragraphs.add("It has been a while since you ordered " + facts.items()
                        + ". Come back and see what is new.");
                yield "We miss you" + facts.nameSuffix();
            }
            case EDUCATION -> {
                paragraphs.add("A few ideas to get the most out of " + facts.items()
                        + ": have a look at our guides, or reply to this e-mail and we will gladly help.");
                yield "Getting the most out of your order";
            }
        };
        if (facts.couponCode() != null) {
            paragraphs.add("Use code " + facts.couponCode() + " for " + facts.couponPercent() + "% off your next order.");
        }
        boolean reviewLink = template == Template.REVIEW_REQUEST && facts.reviewUrl() != null;
        return new Letter(subject, paragraphs, reviewLink ? "Write a review" : null,
                reviewLink ? facts.reviewUrl() : null);
    }
}
