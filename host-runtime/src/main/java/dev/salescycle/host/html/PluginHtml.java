package dev.salescycle.host.html;

import java.util.function.UnaryOperator;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * HTML a plugin hands the host, passed through the OWASP sanitizer before anyone reads it: formatting,
 * blocks, links, images (and in mails tables and inline styles), nothing that runs. The sanitizer parses
 * the HTML as a browser would, so a link is found however it is quoted or encoded.
 */
public final class PluginHtml {

    private static final PolicyFactory THANK_YOU_BLOCK = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("span").allowAttributes("class")
                    .onElements("span", "p", "div").toFactory());
    private static final PolicyFactory MAIL = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES).and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder().allowElements("span", "center").toFactory());

    private PluginHtml() {
    }

    /** An HTML block of a thank-you page, safe to put into the page. */
    public static String thankYouBlock(String html) {
        return THANK_YOU_BLOCK.sanitize(html);
    }

    /**
     * A mail's HTML body, safe to send; each http(s) link's target is replaced by what {@code links} makes of it
     * (a tracked redirect, say), other links ({@code mailto:}) are kept as they are.
     */
    public static String mail(String html, UnaryOperator<String> links) {
        PolicyFactory anchors = new HtmlPolicyBuilder().allowElements("a").allowStandardUrlProtocols()
                .allowAttributes("href").matching((element, attribute, value) -> isWeb(value) ? links.apply(value) : value)
                .onElements("a").allowAttributes("title").onElements("a").toFactory();
        return MAIL.and(anchors).sanitize(html);
    }

    private static boolean isWeb(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }
}
