package dev.salescycle.host.mail;

import java.util.Map;
import java.util.Objects;

/**
 * A mail ready to hand to a mail server; the sender adds the From address.
 *
 * @param to the recipient's address
 * @param subject the subject line, on one line
 * @param text the plain-text body
 * @param html the HTML body, or null for text only
 * @param headers extra headers, such as {@code List-Unsubscribe}, in order
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        subject = Objects.requireNonNull(subject, "subject").replaceAll("[\\r\\n]+", " ").strip();
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }
}
