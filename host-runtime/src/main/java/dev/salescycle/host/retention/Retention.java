package dev.salescycle.host.retention;

import dev.salescycle.host.config.HostSettings;
import dev.salescycle.host.config.RetentionSettings;
import dev.salescycle.host.mail.LogMailSender;
import dev.salescycle.host.mail.MailLinks;
import dev.salescycle.host.mail.MailSender;
import dev.salescycle.host.mail.Outbox;
import dev.salescycle.host.mail.PageTokens;
import dev.salescycle.host.mail.SmtpMailSender;
import dev.salescycle.host.mail.TrackingTokens;
import dev.salescycle.host.mail.UnsubscribeTokens;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.Store;
import java.net.URI;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention delivery of one host: the mail sender ({@code host.mail}, or log-only), the outbox of sent
 * mails, the unsubscribe links, and the scheduler thread.
 */
public final class Retention implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final MailSender sender;
    private final Outbox outbox;
    private final MailLinks links;
    private final PluginCalls calls;
    private final RetentionScheduler scheduler;
    private final PageTokens pageTokens;

    private Retention(MailSender sender, Outbox outbox, MailLinks links, PluginCalls calls,
                      RetentionScheduler scheduler, PageTokens pageTokens) {
        this.pageTokens = pageTokens;
        this.sender = sender;
        this.outbox = outbox;
        this.links = links;
        this.calls = calls;
        this.scheduler = scheduler;
    }

    /**
     * Builds the parts and starts the scheduler thread.
     *
     * @param publicUrl where links in mails point ({@code host.publicUrl} or the embedding's), or null for the
     *                  address the host's own server listens on once started
     */
    public static Retention start(HostSettings host, String publicUrl, Store store, RunningShops shops, Clock clock) {
        RetentionSettings settings = host.retention();
        byte[] secret = UnsubscribeSecret.resolve(settings, store);
        boolean configured = publicUrl != null;
        URI base = URI.create(configured ? publicUrl : "http://localhost:" + host.port() + "/");
        MailLinks links = new MailLinks(new UnsubscribeTokens(secret, clock), new TrackingTokens(secret, clock), base,
                configured);
        MailSender sender = host.mail() != null ? new SmtpMailSender(host.mail(), clock) : new LogMailSender();
        Outbox outbox = new Outbox(Outbox.DEFAULT_CAPACITY);
        PluginCalls calls = new PluginCalls();
        MessageDelivery delivery = new MessageDelivery(new MessageDelivery.Parts(shops, store, calls,
                new MailComposer(links, settings.trackOpensAndClicks()), sender, outbox, new Backoff(settings.maxAttempts(), settings.retryDelay()),
                clock));
        RetentionScheduler scheduler = new RetentionScheduler(store, shops, delivery, settings, clock, claimerId());
        scheduler.start();
        LOG.info("Retention delivery as {}: mail {}, {}", scheduler.claimerId(), sender.describe(), settings);
        return new Retention(sender, outbox, links, calls, scheduler, new PageTokens(secret, clock));
    }

    /** A claimer id unique among hosts: the process id and a random part. */
    private static String claimerId() {
        return "host-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    public MailSender sender() {
        return sender;
    }

    /** The most recent mails sent, newest first. */
    public Outbox outbox() {
        return outbox;
    }

    /** Makes the links in mails and holds the checkers of their tokens. */
    public MailLinks links() {
        return links;
    }

    /** Thank-you and consent confirmation tokens, signed under keys derived from the same secret as the links. */
    public PageTokens pageTokens() {
        return pageTokens;
    }

    public RetentionScheduler scheduler() {
        return scheduler;
    }

    /** Stops the scheduler (handing back its claims) and the plugin call threads. */
    @Override
    public void close() {
        scheduler.close();
        calls.close();
    }
}
