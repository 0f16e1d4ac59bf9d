package dev.salescycle.host.service;

import dev.salescycle.host.domain.NotFoundException;
import dev.salescycle.host.mail.MailDeliveryException;
import dev.salescycle.host.mail.MailLinks;
import dev.salescycle.host.mail.MailSender;
import dev.salescycle.host.mail.OutgoingMail;
import dev.salescycle.host.mail.Outbox;
import dev.salescycle.host.mail.PageTokens;
import dev.salescycle.host.mail.SentMail;
import dev.salescycle.host.store.ConsentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marketing consent given and withdrawn through links. A lead posted by a browser that asks for marketing is
 * stored without consent, and one mail asks the address to confirm (double opt-in): only the confirmation
 * records the consent, so a form cannot sign strangers up for marketing. The request lapses after
 * {@code host.leads.confirmWithin}; an address gets at most one such mail per window and shop, and none once
 * it unsubscribed. The mails go out on a thread of their own, never on the request's.
 */
public final class ConsentService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsentService.class);
    private static final int MAX_REMEMBERED = 100_000;

    private final ConsentStore store;
    private final Clock clock;
    private final PageTokens tokens;
    private final MailLinks links;
    private final MailSender sender;
    private final Outbox outbox;
    private final Duration confirmWithin;
    private final Map<String, Instant> asked = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor mails = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), r -> new Thread(r, "salescycle-consent-mail"));

    public ConsentService(ConsentStore store, Clock clock, PageTokens tokens, MailLinks links, MailSender sender, Outbox outbox,
                          Duration confirmWithin) {
        this.store = store;
        this.clock = clock;
        this.tokens = tokens;
        this.links = links;
        this.sender = sender;
        this.outbox = outbox;
        this.confirmWithin = confirmWithin;
    }

    /** Asks the address to confirm its marketing consent, unless it was asked within the window or unsubscribed. */
    public void requestConfirmation(String shopId, String email) {
        Instant now = clock.instant();
        if (asked.size() >= MAX_REMEMBERED) {
            asked.values().removeIf(at -> at.plus(confirmWithin).isBefore(now));
        }
        Instant before = asked.get(shopId + '\n' + email);
        if (before != null && before.plus(confirmWithin).isAfter(now) || store.isUnsubscribed(shopId, email)) {
            return;
        }
        asked.put(shopId + '\n' + email, now);
        String link = links.confirm(tokens.consent(shopId, email, confirmWithin));
        OutgoingMail mail = new OutgoingMail(email, "Please confirm your subscription to " + shopId,
                "Someone, hopefully you, asked " + shopId + " to send offers and news to this address.\n\n"
                        + "To confirm, open this link and press the button:\n" + link + "\n\n"
                        + "If it was not you, ignore this mail: without your confirmation nothing is sent, and the"
                        + " request lapses.\n", null, Map.of());
        try {
            mails.execute(() -> send(shopId, mail));
        } catch (RejectedExecutionException e) {
            LOG.warn("Too many confirmation mails waiting; not asking {} of shop {}", email, shopId);
        }
    }

    private void send(String shopId, OutgoingMail mail) {
        try {
            sender.send(mail);
            outbox.record(new SentMail(clock.instant(), shopId, 0, mail));
        } catch (MailDeliveryException | RuntimeException e) {
            LOG.warn("Could not send the consent confirmation mail of shop {}: {}", shopId, e.getMessage());
        }
    }

    /**
     * Records the consent a confirmation link carries.
     *
     * @throws NotFoundException if the shop has no lead of that address any more
     */
    public void confirm(PageTokens.ConsentRequest request) {
        if (!store.confirmConsent(request.shopId(), request.email(), clock.instant())) {
            throw new NotFoundException("unknown_lead", "shop " + request.shopId() + " has no lead of "
                    + request.email(), null);
        }
    }

    /**
     * What the preference page shows.
     *
     * @param consent whether the customer's marketing consent is on record
     * @param unsubscribed whether the address unsubscribed from the shop's marketing
     */
    public record Preferences(boolean consent, boolean unsubscribed) {
    }

    /** The address's marketing preferences at the shop, read only. */
    public Preferences preferences(String shopId, String email) {
        return new Preferences(store.hasMarketingConsent(shopId, email), store.isUnsubscribed(shopId, email));
    }

    /** Records that the address wants no more marketing mail from the shop. */
    public void unsubscribe(String shopId, String email, String source) {
        store.unsubscribe(shopId, email, clock.instant(), source);
    }

    @Override
    public void close() {
        mails.shutdownNow();
    }
}
