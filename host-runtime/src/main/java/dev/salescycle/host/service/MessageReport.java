package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.MessageRecord;
import dev.salescycle.host.store.MessageStatus;
import dev.salescycle.host.store.MessageStore;
import java.util.List;
import java.util.Map;

/** A shop's retention messages for its operator: how many stand in each status, and those still to be sent. */
public final class MessageReport {

    /** The most scheduled messages one answer lists. */
    public static final int MAX_LISTED = 200;

    private final RunningShops shops;
    private final MessageStore store;

    public MessageReport(RunningShops shops, MessageStore store) {
        this.shops = shops;
        this.store = store;
    }

    public Map<MessageStatus, Long> counts(String shopId) {
        shops.require(shopId);
        return store.messageCounts(shopId);
    }

    /** The messages still to be sent, soonest due first, at most {@link #MAX_LISTED}. */
    public List<MessageRecord> scheduled(String shopId) {
        shops.require(shopId);
        return store.messagesWithStatus(shopId, MessageStatus.SCHEDULED, MAX_LISTED);
    }
}
