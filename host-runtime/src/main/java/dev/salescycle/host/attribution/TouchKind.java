package dev.salescycle.host.attribution;

import java.util.Locale;

/** How an order came through a plugin; each kind has its own window. Stored lower case. */
public enum TouchKind {
    /** A recommended item added to the cart: the reference came back on the order line. */
    LINE,
    /** An offer the order used: its reference came back with the order. */
    OFFER,
    /** A thank-you block of an earlier order (a coupon, a referral) that this order used. */
    THANK_YOU,
    /** A link followed in a retention mail to this order's customer. */
    MAIL_CLICK,
    /** A retention mail to this order's customer that was opened. */
    MAIL_OPEN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TouchKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
