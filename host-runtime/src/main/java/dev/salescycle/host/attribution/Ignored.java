package dev.salescycle.host.attribution;

import java.util.Locale;

/** Why a reference sent back by a storefront was ignored. Counted, never an error for the shopper. */
public enum Ignored {
    /** Not a reference at all: not base64url, cut short, too long, of an unknown version. */
    MALFORMED,
    /** Its signature does not match: made up, altered, signed with another secret, or handed to another visitor. */
    FORGED,
    /** Validly signed for another shop. */
    OTHER_SHOP,
    /** Handed out longer ago than its window (or dated in the future). */
    EXPIRED,
    /** A recommendation's reference on an order line of another sku, or a stage that cannot be sent back there. */
    MISPLACED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
