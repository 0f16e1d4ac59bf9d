package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Order;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The store's part for the order stream: each stored order (placed or imported) gets a position in its shop's
 * stream soon after it is committed ({@link #positionNewOrders}), which every host follows to tell its plugins; and
 * how far each host's plugins have learned. See {@link Store} for what holds for every method.
 */
public interface OrderStreamStore {

    /**
     * Gives the shop's committed orders that have no stream position yet the next positions (in one transaction,
     * so positions rise in the order these transactions commit); any host may call it at any time.
     *
     * @return how many orders got a position
     */
    int positionNewOrders(String shopId);

    /** The shop's last committed stream position: every order up to it can be read; 0 without orders. */
    long streamHead(String shopId);

    /** The orders at positions in {@code (after, upTo]}, by position. */
    List<StreamedOrder> streamRange(String shopId, long after, long upTo);

    /** How many orders the shop holds up to a stream position. */
    long orderCount(String shopId, long upTo);

    /** As {@link OrderStore#forEachOrder}, for the orders up to a stream position. */
    void forEachOrder(String shopId, long upTo, Consumer<Order> action);

    /**
     * Calls the listener with the shop id after orders were stored: at once for this store's own writes, and on
     * PostgreSQL also for other hosts' writes, as long as the listening connection holds (a dropped one is opened
     * again). A wake-up only: a follower must still poll, as a wake-up can be lost.
     */
    void onAppended(Consumer<String> listener);

    /** Records how far a host's plugins have learned the shop's stream, and forgets hosts silent since {@code expired}. */
    void recordLearned(String shopId, String hostId, long position, Instant at, Instant expired);

    /** The positions of the hosts that wrote theirs at {@code since} or later, by host id. */
    List<LearnedPosition> learnedSince(String shopId, Instant since);

    /** Removes a host's positions, when it stops. */
    void forgetLearned(String hostId);
}
