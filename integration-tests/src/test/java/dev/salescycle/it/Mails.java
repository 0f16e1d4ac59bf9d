package dev.salescycle.it;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Reading what GreenMail received. */
final class Mails {

    private Mails() {
    }

    static List<MimeMessage> to(MimeMessage[] received, String address) {
        return Arrays.stream(received).filter(m -> recipient(m).equals(address)).toList();
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first value of the header, or null. */
    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, decoded. */
    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part, decoded, or null for a text-only mail. */
    static String html(MimeMessage message) {
        try {
            return message.getContent() instanceof Multipart parts ? (String) parts.getBodyPart(1).getContent() : null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
