package dev.salescycle.host.http;

import static dev.salescycle.host.html.HtmlText.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.html.PluginHtml;

/**
 * The thank-you blocks as a safe HTML fragment: text is escaped, links must be http(s) or relative,
 * and HTML blocks pass through the OWASP sanitizer (formatting, links and images only).
 */
final class ThankYouHtml {

    private ThankYouHtml() {
    }

    static String render(JsonNode blocks) {
        StringBuilder out = new StringBuilder("<div class=\"salescycle-thank-you\">\n");
        for (JsonNode b : blocks) {
            String title = escape(b.path("title").asText(""));
            String text = escape(b.path("text").asText(""));
            String code = escape(b.path("code").asText(""));
            String url = safeUrl(b.path("url").asText(""));
            String plugin = escape(b.path("plugin").asText(""));
            out.append("<section class=\"block block-").append(escape(b.path("type").asText("").toLowerCase(java.util.Locale.ROOT)))
                    .append("\" data-plugin=\"").append(plugin).append("\">");
            switch (b.path("type").asText("")) {
                case "HEADING" -> out.append("<h2>").append(title).append("</h2>");
                case "TEXT" -> out.append("<p>").append(text).append("</p>");
                case "COUPON", "REFERRAL" -> {
                    out.append("<p>").append(text).append("</p><p><code>").append(code).append("</code></p>");
                    if (!url.isEmpty()) {
                        out.append("<p><a href=\"").append(url).append("\">").append(url).append("</a></p>");
                    }
                }
                case "LINK" -> out.append("<a href=\"").append(url).append("\">").append(title.isEmpty() ? url : title).append("</a>");
                case "IMAGE" -> out.append("<img src=\"").append(url).append("\" alt=\"").append(title).append("\">");
                case "HTML" -> out.append(PluginHtml.thankYouBlock(b.path("text").asText("")));
                default -> out.append("<p>").append(text).append("</p>");
            }
            out.append("</section>\n");
        }
        return out.append("</div>\n").toString();
    }

    private static String safeUrl(String url) {
        String u = url.strip();
        boolean ok = u.startsWith("https://") || u.startsWith("http://") || (u.startsWith("/") && !u.startsWith("//"));
        return ok ? escape(u) : "";
    }
}
