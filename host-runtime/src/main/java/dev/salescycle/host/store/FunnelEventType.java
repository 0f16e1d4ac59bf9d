package dev.salescycle.host.store;

import java.util.Locale;

/** The sales-cycle events counted for a shop's funnel, in funnel order. Stored lower case. */
public enum FunnelEventType {
    LEAD_CAPTURED,
    CART_EVALUATED,
    OFFER_SHOWN,
    RECOMMENDATION_SHOWN,
    ORDER_PLACED,
    THANK_YOU_SHOWN,
    MESSAGE_SENT,
    MESSAGE_OPENED,
    MESSAGE_CLICKED;

    String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FunnelEventType fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
