package dev.salescycle.plugins.retentiondrip;

import dev.salescycle.plugins.support.Html;
import dev.salescycle.sdk.model.MessageContent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A message as paragraphs of plain text and an optional link, written out as text and as HTML.
 *
 * @param linkLabel the link's text, or null for no link
 * @param linkUrl the link's address, or null for no link
 */
record Letter(String subject, List<String> paragraphs, String linkLabel, String linkUrl) {

    Letter {
        paragraphs = List.copyOf(paragraphs);
    }

    MessageContent content() {
        return new MessageContent(subject, text(), html());
    }

    private boolean hasLink() {
        return linkLabel != null && linkUrl != null;
    }

    private String text() {
        String body = String.join("\n\n", paragraphs);
        return hasLink() ? body + "\n\n" + linkLabel + ": " + linkUrl + "\n" : body + "\n";
    }

    private String html() {
        String body = paragraphs.stream().map(p -> "<p>" + Html.escape(p) + "</p>").collect(Collectors.joining("\n"));
        if (!hasLink()) {
            return body;
        }
        return body + "\n<p><a href=\"" + Html.escape(linkUrl) + "\">" + Html.escape(linkLabel) + "</a></p>";
    }
}
