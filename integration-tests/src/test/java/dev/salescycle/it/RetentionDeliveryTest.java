package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.salescycle.host.store.MessageRecord;
import dev.salescycle.host.store.MessageStatus;
import dev.salescycle.host.store.Store;
import dev.salescycle.testkit.ApiClient;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * Retention mail end to end: the real host and retention-drip plugin, a real SMTP server (GreenMail), and
 * the host's clock moved forward by days. Each test uses addresses of its own.
 */
@Timeout(600)
class RetentionDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SmtpServers.anyPort())
            .withPerMethodLifecycle(false);

    static final Pattern LINK = Pattern.compile("https?://\\S+/api/v1/unsubscribe\\?token=\\S+");
    static final Pattern CLICK = Pattern.compile("https?://\\S+/api/v1/track/click\\?token=[\\w.%-]*[\\w%-]");
    static final Pattern PIXEL = Pattern.compile("<img src=\"(https?://[^\"]+/api/v1/track/open\\?token=[^\"]+)\"");

    @TempDir
    static Path dir;
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    static TestHost host;
    static ApiClient api;
    static Store store;

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).clock(CLOCK).plugin(Plugins.zip("retention-drip")).config(TestKeys.config("""
                host:
                  mail: { smtpHost: 127.0.0.1, smtpPort: %d, from: "coffee@example.com" }
                  retention: { pollInterval: 50ms }
                shops:
                  coffee:
                    currency: EUR
                    hookBudget: PT5S
                    requestBudget: PT10S
                    plugins:
                      - retention-drip
                """.formatted(SMTP.getSmtp().getPort()))).start();
        api = TestKeys.client(host);
        store = host.host().runtime().store();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void marketingMailsCarryAWorkingUnsubscribeLinkAndLaterOnesAreSuppressed() {
        order("o-ann", "ann@example.org", true);

        CLOCK.advance(Duration.ofDays(1));
        MimeMessage welcome = awaitMails("ann@example.org", 1).get(0);
        assertThat(Mails.subject(welcome)).isEqualTo("Thank you for your order, Ann");
        assertThat(Mails.text(welcome)).contains("Thank you for your order o-ann");
        assertThat(Mails.header(welcome, "List-Unsubscribe")).as("transactional").isNull();
        assertThat(Mails.header(welcome, "X-Salescycle-Message")).startsWith("coffee/");

        CLOCK.advance(Duration.ofDays(13));
        MimeMessage review = marketing(awaitMails("ann@example.org", 2));
        assertThat(Mails.subject(review)).isEqualTo("How do you like your order, Ann?");
        String header = Mails.header(review, "List-Unsubscribe");
        assertThat(header).startsWith("<" + host.host().baseUri() + "api/v1/unsubscribe?token=");
        String link = header.substring(1, header.length() - 1);
        assertThat(Mails.header(review, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(link(Mails.text(review))).isEqualTo(link);
        assertThat(Mails.html(review)).contains("href=\"" + link + "\"");

        ApiClient.Response page = Http.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().get("content-type")).startsWith("text/html");
        assertThat(page.body()).contains("Unsubscribe ann@example.org").contains("<form method=\"post\"");
        assertThat(store.isUnsubscribed("coffee", "ann@example.org")).as("a GET, as a link scanner sends, changes nothing").isFalse();
        ApiClient.Response done = Http.postForm(link + "&page=1", "");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("will get no more marketing e-mails").contains("ann@example.org");
        assertThat(store.isUnsubscribed("coffee", "ann@example.org")).isTrue();

        CLOCK.advance(Duration.ofDays(46));
        MessageRecord winBack = awaitSettled("o-ann", "win-back");
        assertThat(winBack.status()).isEqualTo(MessageStatus.SUPPRESSED);
        assertThat(winBack.lastError()).isEqualTo("unsubscribed");
        assertThat(Mails.to(SMTP.getReceivedMessages(), "ann@example.org")).hasSize(2);
    }

    @Test
    void opensAndClicksOfAMarketingMailAreFunnelEventsOfItsPlugin() {
        order("o-eve", "eve@example.org", true);
        CLOCK.advance(Duration.ofDays(14));
        MimeMessage review = marketing(awaitMails("eve@example.org", 2));
        Matcher click = CLICK.matcher(Mails.text(review));
        assertThat(click.find()).as(Mails.text(review)).isTrue();
        Matcher pixel = PIXEL.matcher(Mails.html(review));
        assertThat(pixel.find()).as(Mails.html(review)).isTrue();
        Instant from = CLOCK.instant();

        ApiClient.Response opened = Http.get(pixel.group(1).replace("&amp;", "&"));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.headers().get("content-type")).isEqualTo("image/gif");
        ApiClient.Response clicked = Http.get(click.group());
        assertThat(clicked.status()).isEqualTo(302);
        assertThat(clicked.headers().get("location")).isEqualTo("https://example.com/review/o-eve");
        ApiClient.Response altered = Http.get(click.group().replace("token=", "token=x"));
        assertThat(altered.status()).isEqualTo(400);
        assertThat(FiveStagesTest.json(altered).get("error").get("code").asText()).isEqualTo("invalid_token");
        assertThat(altered.headers()).doesNotContainKey("location");
        ApiClient.Response openAsClick = Http.get(click.group().substring(0, click.group().indexOf("token=") + 6)
                + pixel.group(1).substring(pixel.group(1).indexOf("token=") + 6));
        assertThat(openAsClick.status()).isEqualTo(400);

        host.host().runtime().funnel().flush();
        assertThat(store.funnelCountsByPlugin("coffee", from, CLOCK.instant().plusSeconds(1)).get("retention-drip"))
                .containsEntry(dev.salescycle.host.store.FunnelEventType.MESSAGE_OPENED, 1L)
                .containsEntry(dev.salescycle.host.store.FunnelEventType.MESSAGE_CLICKED, 1L);
    }

    @Test
    void aForgedOrAlteredTokenIsRefusedAndRecordsNothing() {
        order("o-cy", "cy@example.org", true);
        CLOCK.advance(Duration.ofDays(14));
        MimeMessage review = marketing(awaitMails("cy@example.org", 2));
        String link = link(Mails.text(review));
        String token = link.substring(link.indexOf("token=") + 6);
        String payload = token.substring(0, token.indexOf('.'));
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).replace("cy@", "dy@")
                .getBytes(StandardCharsets.UTF_8));
        String base = link.substring(0, link.indexOf("token=") + 6);

        for (String bad : List.of(base + forgedPayload + token.substring(token.indexOf('.')), base + "garbage",
                base.substring(0, base.indexOf('?')))) {
            ApiClient.Response refused = Http.get(bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(FiveStagesTest.json(refused).get("error").get("code").asText()).isEqualTo("invalid_token");
        }
        assertThat(store.isUnsubscribed("coffee", "cy@example.org")).isFalse();
        assertThat(store.isUnsubscribed("coffee", "dy@example.org")).isFalse();

        ApiClient.Response oneClick = Http.postForm(link, "List-Unsubscribe=One-Click");
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(store.isUnsubscribed("coffee", "cy@example.org")).isTrue();
    }

    @Test
    void aCustomerWithoutConsentGetsTheTransactionalMailButNoMarketing() {
        order("o-bo", "bo@example.org", false);

        CLOCK.advance(Duration.ofDays(14));

        assertThat(awaitSettled("o-bo", "review-request").status()).isEqualTo(MessageStatus.SUPPRESSED);
        assertThat(store.messagesOfOrder("coffee", "o-bo").get(1).lastError()).isEqualTo("no marketing consent");
        assertThat(awaitMails("bo@example.org", 1)).extracting(Mails::subject)
                .containsExactly("Thank you for your order, Bo");
    }

    @Test
    void aWinBackIsCancelledByThePluginWhenTheCustomerOrderedAgain() {
        order("o-di-1", "di@example.org", true);
        CLOCK.advance(Duration.ofDays(30));
        order("o-di-2", "di@example.org", true);

        CLOCK.advance(Duration.ofDays(31));

        MessageRecord winBack = awaitSettled("o-di-1", "win-back");
        assertThat(winBack.status()).isEqualTo(MessageStatus.CANCELLED);
        assertThat(winBack.lastError()).isEqualTo("no longer wanted by plugin retention-drip");
        assertThat(store.messagesOfOrder("coffee", "o-di-1")).extracting(MessageRecord::status)
                .containsExactly(MessageStatus.SENT, MessageStatus.SENT, MessageStatus.CANCELLED);
    }

    static void order(String orderId, String email, boolean consent) {
        String name = Character.toUpperCase(email.charAt(0)) + email.substring(1, email.indexOf('@'));
        ApiClient.Response placed = api.post("/api/v1/shops/coffee/orders", """
                {"orderId":"%s","customerEmail":"%s","customerName":"%s","currency":"EUR",
                 "lines":[{"sku":"beans","name":"Espresso beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50",
                 "consent":{"marketing":%s}}""".formatted(orderId, email, name, consent));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode answer = FiveStagesTest.json(placed);
        assertThat(answer.get("retention").get("scheduled").asInt()).isEqualTo(3);
    }

    static List<MimeMessage> awaitMails(String to, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Mails.to(SMTP.getReceivedMessages(), to).size() >= count);
        return Mails.to(SMTP.getReceivedMessages(), to);
    }

    static MessageRecord awaitSettled(String orderId, String key) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> store.messagesOfOrder("coffee", orderId).stream()
                .filter(m -> m.key().equals(key)).findFirst().orElseThrow(),
                m -> m.status() != MessageStatus.SCHEDULED && m.status() != MessageStatus.CLAIMED);
    }

    static String link(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }

    static MimeMessage marketing(List<MimeMessage> mails) {
        return mails.stream().filter(m -> Mails.header(m, "List-Unsubscribe") != null).findFirst().orElseThrow();
    }
}
