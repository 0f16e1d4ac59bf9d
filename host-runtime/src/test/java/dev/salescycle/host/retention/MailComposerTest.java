package dev.salescycle.host.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.mail.OutgoingMail;
import dev.salescycle.host.mail.UnsubscribeLinks;
import dev.salescycle.host.mail.UnsubscribeToken;
import dev.salescycle.host.mail.UnsubscribeTokens;
import dev.salescycle.host.store.ClaimedMessage;
import dev.salescycle.sdk.model.MessageContent;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(new byte[32], Clock.systemUTC());
    private final UnsubscribeLinks links = new UnsubscribeLinks(tokens, URI.create("https://api.shop.example"), true);
    private final MailComposer composer = new MailComposer(links);

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
        String token = URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
        assertThat(tokens.verify(token)).extracting(UnsubscribeToken::shopId, UnsubscribeToken::email)
                .containsExactly("coffee", "ann@example.com");
    }

    @Test
    void aTransactionalMailHasNoUnsubscribeLink() {
        OutgoingMail mail = composer.compose(message(false), new MessageContent("Thanks", "Thanks!", null));

        assertThat(mail.headers()).containsOnlyKeys(MailComposer.MESSAGE_HEADER);
        assertThat(mail.text()).isEqualTo("Thanks!");
        assertThat(mail.html()).isNull();
    }

    @Test
    void theListeningAddressIsUsedOnlyWhenNoPublicUrlIsConfigured() {
        UnsubscribeLinks unconfigured = new UnsubscribeLinks(tokens, URI.create("http://localhost:8080"), false);
        unconfigured.listeningAt(URI.create("http://127.0.0.1:4711/"));
        links.listeningAt(URI.create("http://127.0.0.1:4711/"));

        assertThat(unconfigured.link("coffee", "ann@example.com")).startsWith("http://127.0.0.1:4711/api/v1/unsubscribe?");
        assertThat(links.link("coffee", "ann@example.com")).startsWith("https://api.shop.example/api/v1/unsubscribe?");
    }

    private static ClaimedMessage message(boolean marketing) {
        return new ClaimedMessage(7, "coffee", "o-1", "drip", "k", "t", Instant.parse("2025-03-01T10:00:00Z"),
                marketing, Map.of(), 0, "ann@example.com", "host/1");
    }
}
