package dev.salescycle.host.retention;

import dev.salescycle.host.mail.OutgoingMail;
import dev.salescycle.host.mail.UnsubscribeLinks;
import dev.salescycle.host.store.ClaimedMessage;
import dev.salescycle.sdk.model.MessageContent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the mail for a rendered message. A marketing message gets a signed unsubscribe link as a footer (in
 * the text and the HTML) and in the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} (one-click,
 * RFC 8058) headers. Every mail names its message in {@code X-Salescycle-Message}.
 */
final class MailComposer {

    /** The header naming the message a mail delivers: {@code shop/messageId}. */
    static final String MESSAGE_HEADER = "X-Salescycle-Message";

    private static final String FOOTER = "To stop receiving these e-mails, unsubscribe here";

    private final UnsubscribeLinks links;

    MailComposer(UnsubscribeLinks links) {
        this.links = links;
    }

    OutgoingMail compose(ClaimedMessage message, MessageContent content) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(MESSAGE_HEADER, message.shopId() + "/" + message.id());
        if (!message.marketing()) {
            return new OutgoingMail(message.email(), content.subject(), content.text(), content.html(), headers);
        }
        String link = links.link(message.shopId(), message.email());
        headers.put("List-Unsubscribe", "<" + link + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        String text = content.text().stripTrailing() + "\n\n-- \n" + FOOTER + ": " + link + "\n";
        String html = content.html() == null ? null : content.html()
                + "\n<p style=\"font-size:12px;color:#666\">" + FOOTER + ": <a href=\"" + escape(link) + "\">"
                + "unsubscribe</a>.</p>";
        return new OutgoingMail(message.email(), content.subject(), text, html, headers);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
