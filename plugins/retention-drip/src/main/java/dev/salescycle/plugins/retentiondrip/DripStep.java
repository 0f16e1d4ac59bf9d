package dev.salescycle.plugins.retentiondrip;

import java.time.Duration;
import java.util.List;

/**
 * One step of the drip: a message {@code after} the order.
 *
 * @param couponPercent percent off the next order offered in the message, or null for no coupon
 */
record DripStep(Duration after, Template template, Integer couponPercent) {

    /** P1D welcome, P14D review request, P60D win-back with 15% off. */
    static final List<DripStep> DEFAULTS = List.of(
            new DripStep(Duration.ofDays(1), Template.WELCOME, null),
            new DripStep(Duration.ofDays(14), Template.REVIEW_REQUEST, null),
            new DripStep(Duration.ofDays(60), Template.WIN_BACK, 15));
}
