package dev.salescycle.sdk.model;

import java.util.Objects;

/**
 * A rendered message, ready to send. The host adds the unsubscribe footer and headers.
 *
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, or null for text only
 * @since 1.0.0
 */
public record MessageContent(String subject, String text, String html) {

    /**
     * Checks the content.
     *
     * @throws NullPointerException if {@code subject} or {@code text} is null
     */
    public MessageContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
