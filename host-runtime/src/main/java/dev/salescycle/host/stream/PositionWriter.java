package dev.salescycle.host.stream;

import dev.salescycle.host.store.OrderStreamStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes how far this host's plugins have learned each shop's stream: when it changed, and otherwise every few
 * seconds as a heartbeat, so readers can tell a live host that learned nothing new from one that is gone.
 */
final class PositionWriter {

    /** A host whose position is older than this no longer counts. */
    static final Duration SILENT = Duration.ofSeconds(30);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** Rows of hosts gone for this long are removed. */
    private static final Duration FORGOTTEN = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(PositionWriter.class);

    private record Written(long position, Instant at) {
    }

    private final OrderStreamStore store;
    private final String hostId;
    private final Clock clock;
    private final Map<String, Written> written = new ConcurrentHashMap<>();
    private boolean failing;

    PositionWriter(OrderStreamStore store, String hostId, Clock clock) {
        this.store = store;
        this.hostId = hostId;
        this.clock = clock;
    }

    /** Writes the shops' positions that changed or are due for a heartbeat. */
    void write(Iterable<String> shops, ToLongFunction<String> learned) {
        try {
            for (String shop : shops) {
                long position = learned.applyAsLong(shop);
                Instant now = clock.instant();
                Written last = written.get(shop);
                if (last == null || last.position() != position || !now.isBefore(last.at().plus(HEARTBEAT))) {
                    store.recordLearned(shop, hostId, position, now, now.minus(FORGOTTEN));
                    written.put(shop, new Written(position, now));
                }
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Could not write the learned stream positions: {}", e.toString());
            }
            failing = true;
        }
    }

    /** Removes this host's rows, when it stops. */
    void forget() {
        try {
            store.forgetLearned(hostId);
        } catch (RuntimeException e) {
            LOG.debug("Could not remove the learned stream positions: {}", e.toString());
        }
    }
}
