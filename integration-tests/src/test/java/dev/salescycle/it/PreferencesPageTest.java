package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stage 5's preference page: the thank-you page's JSON links to it with a signed token (the unsubscribe link's kind,
 * under the host's one secret); it shows the customer's marketing consent, changes nothing when read, and its button
 * unsubscribes. A forged, altered, other-kind or expired token is a 400 {@code invalid_token}.
 */
@Timeout(120)
class PreferencesPageTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).plugin(Plugins.zip("thank-you-referral")).plugin(Plugins.zip("retention-drip"))
                .clock(CLOCK).config(TestKeys.config("""
                        shops:
                          coffee:
                            currency: EUR
                            allowedOrigins: [ "https://shop.example" ]
                            hookBudget: PT5S
                            requestBudget: PT10S
                            plugins: [ thank-you-referral, retention-drip ]
                        """)).start();
        api = TestKeys.client(host);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void theThankYouPageLinksToAPageThatShowsTheConsentChangesNothingAndWhoseButtonUnsubscribes() {
        String link = preferencesOf("o-1", "ann@example.org", true);
        assertThat(link).startsWith(host.host().baseUri() + "api/v1/preferences?token=");

        for (int i = 0; i < 2; i++) {
            ApiClient.Response page = Http.get(link);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.headers().get("Content-Type")).startsWith("text/html");
            assertThat(page.headers().get("Content-Security-Policy")).contains("default-src 'none'", "form-action 'self'",
                    "frame-ancestors 'none'").doesNotContain("script-src");
            assertThat(page.body()).contains("E-mail preferences", "ann@example.org", "you agreed to receive them",
                    "<form method=\"post\" action=\"unsubscribe?token=", "Unsubscribe from marketing e-mails");
        }
        assertThat(export("ann@example.org").path("unsubscribes")).as("reading the page changes nothing").isEmpty();
        assertThat(export("ann@example.org").at("/customer/marketingConsent").asBoolean()).isTrue();

        String action = between(Http.get(link).body(), "action=\"", "\"").replace("&amp;", "&");
        ApiClient.Response done = Http.postForm(URI.create(link).resolve(action).toString(), "");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Unsubscribed");

        ApiClient.Response after = Http.get(link);
        assertThat(after.body()).contains("none; this address unsubscribed").doesNotContain("<form");
        assertThat(export("ann@example.org").path("unsubscribes")).hasSize(1);
    }

    @Test
    void aCustomerWithoutConsentIsToldSoAndTheTokenSignsOnlyTheirShopAndAddress() {
        String link = preferencesOf("o-2", "bob@example.org", false);
        ApiClient.Response page = Http.get(link);
        assertThat(page.body()).contains("bob@example.org", "you have not agreed to receive them")
                .doesNotContain("ann@example.org");
    }

    @Test
    void forgedAlteredOtherKindAndMissingTokensAre400AndChangeNothing() {
        String token = URLDecoder.decode(preferencesOf("o-4", "cy@example.org", true).split("token=", 2)[1], StandardCharsets.UTF_8);
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String middle = token.substring(0, token.length() / 2) + (token.charAt(token.length() / 2) == 'x' ? 'y' : 'x')
                + token.substring(token.length() / 2 + 1);
        String thankYou = thankYouToken("o-4");
        for (String bad : List.of(altered, middle, thankYou, "not-a-token", "", "a".repeat(5000))) {
            for (String method : List.of("GET", "POST")) {
                ApiClient.Response r = method.equals("GET") ? Http.get(base() + "api/v1/preferences?token=" + bad)
                        : Http.postForm(base() + "api/v1/unsubscribe?token=" + bad + "&page=1", "");
                assertThat(r.status()).as(method + " " + bad).isEqualTo(400);
                assertThat(FiveStagesTest.json(r).at("/error/code").asText()).isEqualTo("invalid_token");
            }
        }
        ApiClient.Response missing = Http.get(base() + "api/v1/preferences");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(export("cy@example.org").path("unsubscribes")).isEmpty();
        assertThat(Http.postForm(base() + "api/v1/preferences?token=" + token, "").status()).as("the page only reads").isEqualTo(405);
    }

    @Test
    void anExpiredTokenIs400() {
        String link = preferencesOf("o-5", "dee@example.org", true);
        assertThat(Http.get(link).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofDays(366));
        try {
            ApiClient.Response r = Http.get(link);
            assertThat(r.status()).isEqualTo(400);
            assertThat(FiveStagesTest.json(r).at("/error/code").asText()).isEqualTo("invalid_token");
        } finally {
            CLOCK.advance(Duration.ofDays(-366));
        }
    }

    /** Places the order as the shop's server, then reads its thank-you page as the browser does. */
    private static String preferencesOf(String orderId, String email, boolean consent) {
        ApiClient.Response placed = api.post("/api/v1/shops/coffee/orders", """
                {"orderId":"%s","customerEmail":"%s","customerName":"Ann","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50","consent":{"marketing":%s}}"""
                .formatted(orderId, email, consent));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String token = FiveStagesTest.json(placed).path("thankYouToken").asText();
        ApiClient.Response page = host.client().get("/api/v1/shops/coffee/orders/" + orderId + "/thank-you?token=" + token,
                Map.of("Origin", "https://shop.example"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode answer = FiveStagesTest.json(page);
        assertThat(answer.path("blocks")).isNotEmpty();
        return answer.path("preferences").asText();
    }

    private static String thankYouToken(String orderId) {
        return FiveStagesTest.json(api.post("/api/v1/shops/coffee/orders", """
                {"orderId":"%s","customerEmail":"cy@example.org","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50","consent":{"marketing":true}}"""
                .formatted(orderId))).path("thankYouToken").asText();
    }

    private static JsonNode export(String email) {
        ApiClient.Response r = api.get("/api/v1/shops/coffee/customers/" + email);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return FiveStagesTest.json(r);
    }

    private static String base() {
        return host.host().baseUri().toString();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
