package dev.salescycle.host.config;

import java.time.Duration;

/**
 * The {@code host:} section of the operator config.
 *
 * @param port the HTTP port (0 for any free port)
 * @param pluginsDir the folder plugins are loaded from, relative to the config file's folder unless absolute
 * @param store the JDBC URL, or null for the embedded H2 file database in the data folder
 * @param storeUser the database user, or null
 * @param storePassword the database password, or null
 * @param adminToken the bearer token for admin calls, or null to refuse all admin calls
 * @param mail SMTP settings, or null for the log-only sender
 * @param hookBudget the default time budget of one hook call
 * @param requestBudget the default time budget of all hook calls of one request
 * @param maxBodyBytes the largest request body accepted (imports excepted)
 * @param maxImportBytes the largest import accepted
 * @param breaker when a failing hook is kept out for a while
 * @param maxConcurrentCalls how many calls of one plugin in one shop may run at once; more are skipped
 * @param unloadGrace how long a replaced plugin stays loaded for the requests still using it
 * @param watchConfig whether a change of the config file is applied live
 * @param publicUrl where the host is reached from outside, for links in mails; null: its listening address
 * @param retention how retention messages are delivered
 * @param edge how the host meets the network: bind address, proxies, uploads, rate limits, slow clients
 */
public record HostSettings(int port, String pluginsDir, String store, String storeUser, String storePassword,
                           String adminToken, MailSettings mail, Duration hookBudget, Duration requestBudget, long maxBodyBytes,
                           long maxImportBytes, BreakerSettings breaker, int maxConcurrentCalls, Duration unloadGrace, boolean watchConfig,
                           String publicUrl, RetentionSettings retention, EdgeSettings edge) {

    /** The default time budget of one hook call. */
    public static final Duration DEFAULT_HOOK_BUDGET = Duration.ofMillis(50);

    /** How many calls of one plugin in one shop may run at once unless the config says otherwise. */
    public static final int DEFAULT_MAX_CONCURRENT_CALLS = 32;

    /** The default time budget of all hook calls of one request. */
    public static final Duration DEFAULT_REQUEST_BUDGET = Duration.ofMillis(300);
}
