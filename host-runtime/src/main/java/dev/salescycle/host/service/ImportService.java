package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.ImportResult;
import dev.salescycle.host.store.OrderStore;
import dev.salescycle.host.store.OrderStreamStore;
import dev.salescycle.sdk.model.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports past orders in batches as they stream in; a bad line is reported with its number and the rest goes on.
 * Progress is logged every 5 seconds. Every host's plugins learn the stored orders from the shop's order stream;
 * the report names the stream position they must reach.
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
     * @param position the shop's stream position after the import: once the plugins of every host have learned up
     *     to it, they know the imported orders
     */
    public record Report(long imported, long skipped, List<String> errors, long position) {
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
    private final OrderStreamStore stream;

    public ImportService(RunningShops shops, OrderStore store, OrderStreamStore stream) {
        this.shops = shops;
        this.store = store;
        this.stream = stream;
    }

    /**
     * Runs an import: the reader pushes orders into the session; batches are stored as they fill, and each stored
     * batch is in the shop's order stream at once, however the reading ends.
     */
    public Report run(String shopId, Consumer<Session> reader) {
        shops.require(shopId);
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
        }
        stream.positionNewOrders(shopId);
        return new Report(session.imported, session.skipped, List.copyOf(session.errors), stream.streamHead(shopId));
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
