package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.dispatch.HookCallbacks;
import dev.salescycle.host.store.ImportResult;
import dev.salescycle.host.store.OrderStore;
import dev.salescycle.sdk.model.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports past orders in batches as they stream in, then tells the shop's plugins to relearn
 * ({@code shopStarted}); a bad line is reported with its number and the rest goes on. Progress is logged
 * every 5 seconds.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final int BATCH = 2000;
    private static final int MAX_REPORTED_ERRORS = 100;

    /**
     * The outcome of an import.
     *
     * @param imported orders stored
     * @param skipped orders not stored: already present or bad
     * @param errors the first bad lines, each with its line number
     */
    public record Report(long imported, long skipped, List<String> errors) {
    }

    /** Receives parsed orders and bad lines from a format reader. */
    public interface Session {
        void order(Order order);

        void badLine(long lineNumber, String reason);

        /** The reading stopped before the end of the body, such as at the size limit. */
        void cutShort(String reason);
    }

    private final RunningShops shops;
    private final OrderStore store;
    private final HookCallbacks callbacks;

    public ImportService(RunningShops shops, OrderStore store, HookCallbacks callbacks) {
        this.shops = shops;
        this.store = store;
        this.callbacks = callbacks;
    }

    /**
     * Runs an import: the reader pushes orders into the session; batches are stored as they fill. However
     * the reading ends, even by a failure, the shop's plugins then relearn if any order was stored.
     */
    public Report run(String shopId, Consumer<Session> reader) {
        var shop = shops.require(shopId);
        BatchingSession session = new BatchingSession(shopId);
        boolean finished = false;
        try {
            reader.accept(session);
            session.flush();
            finished = true;
        } finally {
            String end = !finished ? "broken off" : session.cutShort != null ? "cut short (" + session.cutShort + ")" : "done";
            LOG.info("Import into shop {} {}: {} imported, {} skipped, {} bad lines", shopId, end,
                    session.imported, session.skipped, session.bad);
            if (session.imported > 0) {
                callbacks.shopStarted(shop);
            }
        }
        return new Report(session.imported, session.skipped, List.copyOf(session.errors));
    }

    private final class BatchingSession implements Session {
        private final String shopId;
        private final List<Order> batch = new ArrayList<>(BATCH);
        private final List<String> errors = new ArrayList<>();
        private long imported;
        private long skipped;
        private long bad;
        private String cutShort;
        private long lastLog = System.nanoTime();

        BatchingSession(String shopId) {
            this.shopId = shopId;
        }

        @Override
        public void order(Order order) {
            batch.add(order);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void badLine(long lineNumber, String reason) {
            bad++;
            skipped++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add("line " + lineNumber + ": " + reason);
            }
        }

        @Override
        public void cutShort(String reason) {
            cutShort = reason;
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            ImportResult result = store.importOrders(shopId, batch);
            imported += result.imported();
            skipped += result.skipped();
            batch.clear();
            if (System.nanoTime() - lastLog > 5_000_000_000L) {
                lastLog = System.nanoTime();
                LOG.info("Importing into shop {}: {} orders so far", shopId, imported);
            }
        }
    }
}
