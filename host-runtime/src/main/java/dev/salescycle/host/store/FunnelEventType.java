package dev.salescycle.host.store;

import java.util.Locale;

/** The sales-cycle events counted for a shop's funnel, in funnel order. Stored lower case. */
public enum FunnelEventType {
    LEAD_CAPTURED,
    CART_EVALUATED,
    OFFER_SHOWN,
    RECOMMENDATION_SHOWN,
    /** A recommended item in a cart, its reference sent back on the line (the reference is the event's ref). */
    RECOMMENDATION_ADDED,
    ORDER_PLACED,
    THANK_YOU_SHOWN,
    /** Thank-you blocks of a plugin on a thank-you page read. */
    THANK_YOU_BLOCK_SHOWN,
    MESSAGE_SENT,
    MESSAGE_OPENED,
    MESSAGE_CLICKED,
    /** Attribution references sent back and ignored, by reason (see the attribution package). */
    REF_MALFORMED,
    REF_FORGED,
    REF_OTHER_SHOP,
    REF_EXPIRED,
    REF_MISPLACED;

    String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FunnelEventType fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
