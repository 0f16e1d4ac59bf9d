package dev.salescycle.host.dispatch;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.LeadCapture;
import dev.salescycle.sdk.RetentionOffer;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.ThankYouPage;
import dev.salescycle.sdk.Upsell;

/** The five hooks of the sales cycle, in stage order. */
public enum HookKind {
    LEAD_CAPTURE("lead-capture", LeadCapture.class),
    CONVERSION_OFFER("conversion-offer", ConversionOffer.class),
    UPSELL("upsell", Upsell.class),
    THANK_YOU_PAGE("thank-you-page", ThankYouPage.class),
    RETENTION_OFFER("retention-offer", RetentionOffer.class);

    private final String label;
    private final Class<? extends SalesCycleHook> type;

    HookKind(String label, Class<? extends SalesCycleHook> type) {
        this.label = label;
        this.type = type;
    }

    public String label() {
        return label;
    }

    public Class<? extends SalesCycleHook> type() {
        return type;
    }
}
