package dev.salescycle.host.retention;

import dev.salescycle.host.mail.MailLinks;
import dev.salescycle.host.mail.OutgoingMail;
import dev.salescycle.host.store.ClaimedMessage;
import dev.salescycle.sdk.model.MessageContent;
import static dev.salescycle.host.html.HtmlText.escape;

import dev.salescycle.host.html.PluginHtml;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the mail for a rendered message. A marketing message gets a signed unsubscribe link as a footer (in
 * the text and the HTML) and in the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} (one-click,
 * RFC 8058) headers; when tracking is on, its http(s) links go through the click redirect and its HTML gets
 * an open pixel. Transactional mails are not tracked: tracking needs the marketing consent those customers may
 * not have given. Every mail's HTML passes the sanitizer (the plugin that wrote it is not trusted), which also
 * finds its links however they are quoted or encoded. Every mail names its message in {@code X-Salescycle-Message}.
 */
final class MailComposer {

    /** The header naming the message a mail delivers: {@code shop/messageId}. */
    static final String MESSAGE_HEADER = "X-Salescycle-Message";

    private static final String FOOTER = "To stop receiving these e-mails, unsubscribe here";
    private static final Pattern TEXT_URL = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]]");

    private final MailLinks links;
    private final boolean tracking;

    MailComposer(MailLinks links, boolean tracking) {
        this.links = links;
        this.tracking = tracking;
    }

    OutgoingMail compose(ClaimedMessage message, MessageContent content) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(MESSAGE_HEADER, message.shopId() + "/" + message.id());
        if (!message.marketing()) {
            String html = content.html() == null ? null : PluginHtml.mail(content.html(), UnaryOperator.identity());
            return new OutgoingMail(message.email(), content.subject(), content.text(), html, headers);
        }
        String link = links.unsubscribe(message.shopId(), message.email());
        headers.put("List-Unsubscribe", "<" + link + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        String text = tracking ? trackedText(message, content.text()) : content.text();
        text = text.stripTrailing() + "\n\n-- \n" + FOOTER + ": " + link + "\n";
        String html = content.html();
        if (html != null) {
            html = PluginHtml.mail(html, tracking ? url -> click(message, url) : UnaryOperator.identity());
            if (tracking) {
                html += "\n<img src=\"" + escape(links.open(message.shopId(), message.id(), message.pluginId()))
                        + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">";
            }
            html += "\n<p style=\"font-size:12px;color:#666\">" + FOOTER + ": <a href=\"" + escape(link) + "\">"
                    + "unsubscribe</a>.</p>";
        }
        return new OutgoingMail(message.email(), content.subject(), text, html, headers);
    }

    private String trackedText(ClaimedMessage message, String text) {
        return TEXT_URL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(click(message, m.group())));
    }

    private String click(ClaimedMessage message, String url) {
        return links.click(message.shopId(), message.id(), message.pluginId(), url);
    }
}
