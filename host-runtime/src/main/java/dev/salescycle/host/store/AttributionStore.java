package dev.salescycle.host.store;

import java.time.Instant;
import java.util.List;

/**
 * The store's part for one concern: what attribution needs besides the order itself, the clicks and opens of
 * retention mails (the figures per day it produces are read through {@link FunnelStore}). See {@link Store} for
 * what holds for every method.
 */
public interface AttributionStore {

    /** Records that a retention mail's link was followed ({@code click}) or the mail opened. */
    void recordMailTouch(String shopId, long messageId, String pluginId, boolean click, Instant at);

    /** The clicks and opens of retention mails sent for the customer's orders, between the two times. */
    List<MailTouch> mailTouches(String shopId, String email, Instant from, Instant to);
}
