package dev.salescycle.plugins.retentiondrip;

/** The keys of {@link dev.salescycle.sdk.model.ScheduledMessage#data()} this plugin writes and reads. */
final class MessageData {

    static final String ORDER_ID = "orderId";
    static final String FIRST_NAME = "firstName";
    static final String ITEMS = "items";
    static final String COUPON_CODE = "couponCode";
    static final String COUPON_PERCENT = "couponPercent";
    /** When the message was scheduled, as an ISO instant; a later order makes a win-back unwanted. */
    static final String SCHEDULED_AT = "scheduledAt";

    private MessageData() {
    }
}
