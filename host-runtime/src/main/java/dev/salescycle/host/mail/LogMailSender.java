package dev.salescycle.host.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sender when no mail server is configured: logs each mail's recipient and subject, sends nothing. */
public final class LogMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(LogMailSender.class);

    @Override
    public void send(OutgoingMail mail) {
        LOG.info("Mail not sent (no host.mail configured) to {}: {}", mail.to(), mail.subject());
    }

    @Override
    public String describe() {
        return "log only (no host.mail configured)";
    }
}
