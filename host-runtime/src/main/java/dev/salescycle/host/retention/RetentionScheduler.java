package dev.salescycle.host.retention;

import dev.salescycle.host.config.RetentionSettings;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.ClaimedMessage;
import dev.salescycle.host.store.DeliveryOutcome;
import dev.salescycle.host.store.MessageStore;
import dev.salescycle.host.store.StoreUnavailableException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due retention messages on a thread of its own, every poll interval: claims a batch of the
 * served shops' due messages, delivers each under its claim, and claims again while batches come back
 * full. Each batch has its own claim token, {@code <claimer id>/<n>}; on close the claimer's open claims
 * are handed back, so a restarted or another host takes them at once.
 */
public final class RetentionScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionScheduler.class);

    private final MessageStore store;
    private final RunningShops shops;
    private final Function<ClaimedMessage, DeliveryOutcome> delivery;
    private final RetentionSettings settings;
    private final Clock clock;
    private final String claimerId;
    private final AtomicLong batches = new AtomicLong();
    private final ScheduledExecutorService timer;
    private volatile boolean stopping;

    RetentionScheduler(MessageStore store, RunningShops shops, Function<ClaimedMessage, DeliveryOutcome> delivery,
                       RetentionSettings settings, Clock clock, String claimerId) {
        this.store = store;
        this.shops = shops;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
        this.claimerId = claimerId;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "salescycle-retention");
            t.setDaemon(true);
            t.setContextClassLoader(RetentionScheduler.class.getClassLoader());
            return t;
        });
    }

    void start() {
        long every = settings.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    /** The prefix of this scheduler's claim tokens (and the host id in delivery attempts). */
    public String claimerId() {
        return claimerId;
    }

    /**
     * Claims and delivers the messages due now until none are left, on the calling thread; the poll thread
     * does the same. Returns how many messages were settled (sent, retried, failed, suppressed, cancelled).
     */
    public int runOnce() {
        int settled = 0;
        while (!stopping) {
            List<ClaimedMessage> batch = store.claimDue(claimerId + "/" + batches.incrementAndGet(),
                    shops.all().keySet(), clock.instant(), settings.batchSize(), settings.claimTimeout());
            for (ClaimedMessage message : batch) {
                if (stopping) {
                    break;
                }
                settled += deliver(message);
            }
            if (batch.size() < settings.batchSize()) {
                break;
            }
        }
        return settled;
    }

    private int deliver(ClaimedMessage message) {
        try {
            return store.deliver(message, delivery).isPresent() ? 1 : 0;
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // The claim stands until it expires; then the message is tried again.
            LOG.warn("Delivering message {} of shop {} failed: {}", message.id(), message.shopId(), e.toString());
            return 0;
        }
    }

    private void poll() {
        try {
            runOnce();
        } catch (StoreUnavailableException e) {
            LOG.warn("Retention delivery waits for the store: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Retention delivery failed; trying again in {}", settings.pollInterval(), e);
        }
    }

    /** Stops polling, waits for the message being delivered, and hands back this claimer's open claims. */
    @Override
    public void close() {
        stopping = true;
        timer.shutdown();
        try {
            if (!timer.awaitTermination(15, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int released = store.releaseClaims(claimerId + "/", clock.instant());
            if (released > 0) {
                LOG.info("Handed back {} claimed retention messages", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not hand back claimed retention messages (they are retaken when the claims expire): {}",
                    e.toString());
        }
    }
}
