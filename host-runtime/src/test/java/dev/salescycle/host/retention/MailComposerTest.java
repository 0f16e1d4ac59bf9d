package dev.salescycle.host.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.mail.MailLinks;
import dev.salescycle.host.mail.OutgoingMail;
import dev.salescycle.host.mail.TrackingToken;
import dev.salescycle.host.mail.TrackingTokens;
import dev.salescycle.host.mail.UnsubscribeToken;
import dev.salescycle.host.mail.UnsubscribeTokens;
import dev.salescycle.host.store.ClaimedMessage;
import dev.salescycle.sdk.model.MessageContent;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.owasp.html.Encoding;

@Timeout(60)
class MailComposerTest {

    private static final Pattern CLICK = Pattern.compile("https://api\\.shop\\.example/api/v1/track/click\\?token=[A-Za-z0-9_.%-]*[A-Za-z0-9_%-]");

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(new byte[32], Clock.systemUTC());
    private final TrackingTokens tracking = new TrackingTokens(new byte[32], Clock.systemUTC());
    private final MailLinks links = new MailLinks(tokens, tracking, URI.create("https://api.shop.example"), true);
    private final MailComposer composer = new MailComposer(links, true);

    @Test
    void aMarketingMailCarriesAWorkingUnsubscribeLinkInHeadersTextAndHtml() throws Exception {
        OutgoingMail mail = composer.compose(message(true), new MessageContent("Come back", "We miss you.\n",
                "<p>We miss you.</p>"));

        String header = mail.headers().get("List-Unsubscribe");
        assertThat(header).startsWith("<https://api.shop.example/api/v1/unsubscribe?token=").endsWith(">");
        String link = header.substring(1, header.length() - 1);
        assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .containsEntry(MailComposer.MESSAGE_HEADER, "coffee/7");
        assertThat(mail.text()).startsWith("We miss you.\n\n-- \n").endsWith(link + "\n");
        assertThat(mail.html()).contains("<a href=\"" + link + "\">");
        assertThat(tokens.verify(token(link))).extracting(UnsubscribeToken::shopId, UnsubscribeToken::email)
                .containsExactly("coffee", "ann@example.com");
    }

    @Test
    void aMarketingMailsLinksAreClickTrackedToTheirTargetsAndItsHtmlHasAnOpenPixel() throws Exception {
        OutgoingMail mail = composer.compose(message(true), new MessageContent("Come back",
                "Shop at https://shop.example/new?a=1&b=2. Or see http://shop.example/faq)\n",
                "<p><a href=\"https://shop.example/new?a=1&amp;b=2\">new</a> <a HREF='http://shop.example/faq'>faq</a>"
                        + " <a href=https://shop.example/unquoted>u</a> <a href=\"https&#58;//shop.example/encoded\">e</a>"
                        + " <a href=\"mailto:help@shop.example\">mail us</a></p>"));

        assertThat(targets(mail.text())).containsExactly("https://shop.example/new?a=1&b=2", "http://shop.example/faq");
        assertThat(mail.text()).contains(". Or see ").contains(")\n");
        String html = Encoding.decodeHtml(mail.html());
        assertThat(targets(html)).as("quoted either way, unquoted or entity-encoded, each link is tracked")
                .containsExactly("https://shop.example/new?a=1&b=2", "http://shop.example/faq",
                        "https://shop.example/unquoted", "https://shop.example/encoded");
        assertThat(html).contains("href=\"mailto:help@shop.example\"").doesNotContain("\"https://shop.example");
        Matcher pixel = Pattern.compile("<img src=\"([^\"]+)\" width=\"1\" height=\"1\"").matcher(mail.html());
        assertThat(pixel.find()).isTrue();
        String open = pixel.group(1).replace("&amp;", "&");
        assertThat(open).startsWith("https://api.shop.example/api/v1/track/open?token=");
        assertThat(tracking.verify(token(open))).isEqualTo(new TrackingToken(false, "coffee", 7, "drip", null));
        assertThat(mail.html()).contains("/api/v1/unsubscribe?token=");
    }

    @Test
    void whatRunsInAPluginsHtmlIsRemovedFromEveryMail() {
        String hostile = "<p onclick=\"steal()\">Hi</p><script>steal()</script><a href=\"javascript:steal()\">x</a>"
                + "<img src=\"https://shop.example/i.png\" onerror=\"steal()\"><iframe src=\"https://evil.example/\"></iframe>";
        for (boolean marketing : new boolean[] {true, false}) {
            OutgoingMail mail = composer.compose(message(marketing), new MessageContent("Hi", "Hi", hostile));
            assertThat(mail.html()).as(marketing ? "marketing" : "transactional").contains("<p>Hi</p>", "i.png")
                    .doesNotContain("steal", "<script", "javascript:", "iframe", "onerror", "onclick");
        }
    }

    @Test
    void withTrackingOffLinksStayAsTheyAreAndThereIsNoPixel() {
        MessageContent content = new MessageContent("Come back", "See https://shop.example/new\n",
                "<a href=\"https://shop.example/new\">new</a>");
        OutgoingMail mail = new MailComposer(links, false).compose(message(true), content);

        assertThat(mail.text()).startsWith("See https://shop.example/new\n");
        assertThat(mail.html()).startsWith(content.html()).doesNotContain("track/");
    }

    @Test
    void aTransactionalMailHasNoUnsubscribeLinkAndIsNotTracked() {
        OutgoingMail mail = composer.compose(message(false), new MessageContent("Thanks", "See https://shop.example/",
                "<a href=\"https://shop.example/\">shop</a>"));

        assertThat(mail.headers()).containsOnlyKeys(MailComposer.MESSAGE_HEADER);
        assertThat(mail.text()).isEqualTo("See https://shop.example/");
        assertThat(mail.html()).isEqualTo("<a href=\"https://shop.example/\">shop</a>");
    }

    @Test
    void theListeningAddressIsUsedOnlyWhenNoPublicUrlIsConfigured() {
        MailLinks unconfigured = new MailLinks(tokens, tracking, URI.create("http://localhost:8080"), false);
        unconfigured.listeningAt(URI.create("http://127.0.0.1:4711/"));
        links.listeningAt(URI.create("http://127.0.0.1:4711/"));

        assertThat(unconfigured.unsubscribe("coffee", "ann@example.com")).startsWith("http://127.0.0.1:4711/api/v1/unsubscribe?");
        assertThat(unconfigured.open("coffee", 7, "drip")).startsWith("http://127.0.0.1:4711/api/v1/track/open?");
        assertThat(links.unsubscribe("coffee", "ann@example.com")).startsWith("https://api.shop.example/api/v1/unsubscribe?");
    }

    private List<String> targets(String body) throws Exception {
        Matcher m = CLICK.matcher(body);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            TrackingToken token = tracking.verify(token(m.group()));
            assertThat(token).extracting(TrackingToken::click, TrackingToken::shopId, TrackingToken::messageId,
                    TrackingToken::pluginId).containsExactly(true, "coffee", 7L, "drip");
            out.add(token.url());
        }
        return out;
    }

    private static String token(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
    }

    private static ClaimedMessage message(boolean marketing) {
        return new ClaimedMessage(7, "coffee", "o-1", "drip", "k", "t", Instant.parse("2025-03-01T10:00:00Z"),
                marketing, Map.of(), 0, "ann@example.com", "host/1");
    }
}
