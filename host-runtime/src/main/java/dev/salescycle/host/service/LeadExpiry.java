package dev.salescycle.host.service;

import dev.salescycle.host.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the leads whose marketing consent, given in a browser, was never confirmed within the confirmation
 * period ({@code host.leads.confirmWithin}, 7 days unless set): an address someone else typed into a public form
 * is not kept. Runs every tenth of the period, at least every hour and at most every 100 ms.
 */
public final class LeadExpiry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeadExpiry.class);

    private final Store store;
    private final Clock clock;
    private final Duration confirmWithin;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "salescycle-lead-expiry");
        t.setDaemon(true);
        return t;
    });

    public LeadExpiry(Store store, Clock clock, Duration confirmWithin) {
        this.store = store;
        this.clock = clock;
        this.confirmWithin = confirmWithin;
        long every = Math.max(100, Math.min(TimeUnit.HOURS.toMillis(1), confirmWithin.toMillis() / 10));
        timer.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Deletes the leads that waited too long; returns how many. */
    public int run() {
        int deleted = store.deleteUnconfirmedLeads(clock.instant().minus(confirmWithin));
        if (deleted > 0) {
            LOG.info("Deleted {} leads whose marketing consent was not confirmed within {}", deleted, confirmWithin);
        }
        return deleted;
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Could not delete unconfirmed leads (tried again later): {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
