package dev.salescycle.host.mail;

import dev.salescycle.host.config.MailSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends over SMTP with Jakarta Mail (Angus): STARTTLS when {@code tls} is set (and then required), login
 * when a user is set. Every network step has a time-out, so a mail server that hangs delays deliveries,
 * never the host.
 */
public final class SmtpMailSender implements MailSender {

    private static final String TIMEOUT_MILLIS = "10000";

    private final MailSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    /**
     * @throws IllegalArgumentException if {@code from} is not an e-mail address
     */
    public SmtpMailSender(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.session = Session.getInstance(properties(settings));
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("host.mail.from is not an e-mail address: " + settings.from(), e);
        }
    }

    private static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.smtpHost());
        p.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (settings.tls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.user() != null) {
            p.put("mail.smtp.auth", "true");
        }
        return p;
    }

    @Override
    public void send(OutgoingMail mail) throws MailDeliveryException {
        try {
            MimeMessage message = message(mail);
            if (settings.user() != null) {
                Transport.send(message, settings.user(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (AddressException e) {
            throw new MailDeliveryException("not an e-mail address: " + mail.to(), true, e);
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailDeliveryException(describe() + ": " + e.getMessage(), refused, e);
        } catch (MessagingException e) {
            throw new MailDeliveryException(describe() + ": " + e.getMessage(), false, e);
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.html() == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        return message;
    }

    @Override
    public String describe() {
        return "SMTP " + settings.smtpHost() + ":" + settings.smtpPort();
    }
}
