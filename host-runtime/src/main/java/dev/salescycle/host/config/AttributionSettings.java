package dev.salescycle.host.config;

import java.time.Duration;
import java.util.Set;

/**
 * How long after a touch an order still counts for it, per kind of touch (a shop's {@code attribution:}).
 *
 * @param session offers and recommendations handed out at cart time: the same visitor within this time
 * @param thankYou a thank-you block's reference (a coupon, a referral) used in a later order
 * @param emailClick a link followed in a retention mail to the order's customer
 * @param emailOpen a retention mail to the order's customer that was opened
 */
public record AttributionSettings(Duration session, Duration thankYou, Duration emailClick, Duration emailOpen) {

    /** 24 hours for a session, 30 days for a thank-you block, 5 days for a mail's click or open (Klaviyo's). */
    public static final AttributionSettings DEFAULTS = new AttributionSettings(Duration.ofHours(24),
            Duration.ofDays(30), Duration.ofDays(5), Duration.ofDays(5));

    private static final Set<String> KEYS = Set.of("session", "thankYou", "emailClick", "emailOpen");

    static AttributionSettings read(ConfigNode node) {
        node.map(KEYS);
        AttributionSettings d = DEFAULTS;
        return new AttributionSettings(node.child("session").duration(d.session()),
                node.child("thankYou").duration(d.thankYou()), node.child("emailClick").duration(d.emailClick()),
                node.child("emailOpen").duration(d.emailOpen()));
    }

    /** The longest window, how far back an order looks for mail touches. */
    public Duration longest() {
        Duration max = session;
        for (Duration d : new Duration[] {thankYou, emailClick, emailOpen}) {
            max = d.compareTo(max) > 0 ? d : max;
        }
        return max;
    }
}
