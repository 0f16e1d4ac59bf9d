package dev.salescycle.host.config;

import java.time.Duration;

/**
 * How retention messages are delivered ({@code host.retention} in the config).
 *
 * @param pollInterval how often the host looks for due messages
 * @param batchSize how many due messages one claim takes
 * @param maxAttempts how many delivery attempts a message gets before it is marked failed
 * @param retryDelay the wait after the first failed attempt; it doubles with each further one (at most 6 h)
 * @param claimTimeout how long a claim holds: after it, a message claimed by a host that stopped is taken
 *     by another
 * @param unsubscribeSecret the key signing unsubscribe links (at least 32 characters), or null to generate
 *     one and keep it in the store, shared by every host on the database; it signs tracking links too
 * @param trackOpensAndClicks whether marketing mails carry an open pixel and click-tracked links
 */
public record RetentionSettings(Duration pollInterval, int batchSize, int maxAttempts, Duration retryDelay,
                                Duration claimTimeout, String unsubscribeSecret, boolean trackOpensAndClicks) {

    /** Poll every 5 s, 20 a batch, 8 attempts from 1 min apart, claims held 5 min, generated secret, tracked. */
    public static final RetentionSettings DEFAULTS = new RetentionSettings(Duration.ofSeconds(5), 20, 8,
            Duration.ofMinutes(1), Duration.ofMinutes(5), null, true);

    @Override
    public String toString() {
        return "RetentionSettings[pollInterval=" + pollInterval + ", batchSize=" + batchSize + ", maxAttempts="
                + maxAttempts + ", retryDelay=" + retryDelay + ", claimTimeout=" + claimTimeout
                + ", trackOpensAndClicks=" + trackOpensAndClicks + "]";
    }
}
