package dev.salescycle.host.mail;

/** Hands mails to a mail server, or somewhere else. Implementations are thread-safe. */
public interface MailSender {

    /**
     * Sends one mail; returns once the server accepted it.
     *
     * @throws MailDeliveryException when it was not accepted, saying whether trying again can help
     */
    void send(OutgoingMail mail) throws MailDeliveryException;

    /** Where mails go, for logs: for example {@code SMTP mail.example.com:587}. */
    String describe();
}
