package dev.salescycle.it.abuse;

import static dev.salescycle.it.abuse.AbuseHost.bearer;
import static dev.salescycle.it.abuse.AbuseHost.client;
import static dev.salescycle.it.abuse.AbuseHost.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OWASP API8:2023, security misconfiguration: the headers every answer carries (errors and unknown paths too),
 * CORS that allows exactly the configured origins, loopback as the default address, clean answers to malformed
 * requests, and the route table's 404, 405 and HEAD.
 */
@Timeout(600)
class MisconfigurationTest extends AbuseTest {

    private static final String CART = "{\"currency\":\"EUR\",\"lines\":[]}";

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoServerVersion() {
        List<AbuseHost.Answer> answers = List.of(
                host.post("api/v1/shops/a/cart/evaluate", client(), CART),
                host.post("api/v1/shops/a/leads", client(), "{\"email\":\"h@example.org\"}"),
                host.get("nowhere", client()), host.get("api/v1/nowhere", client()), host.get("api/v1/shops/zz/products", client()),
                host.send("DELETE", "api/v1/shops/a/cart/evaluate", client(), null),
                host.post("api/v1/shops/a/cart/evaluate", client(), "{not json"),
                host.get("api/v1/shops/a/products", client()),
                host.send("POST", "api/v1/shops/a/leads", headers(client(), Map.of("Content-Type", "text/plain")), "{}"),
                host.get("api/v1/unsubscribe?token=bad", client()), host.get("api/v1/preferences?token=bad", client()),
                host.get("health", client()), host.get("api/v1/openapi.json", client()),
                host.get("admin/config", headers(bearer(AbuseHost.ADMIN), client())));
        for (AbuseHost.Answer answer : answers) {
            String what = answer.status() + " " + answer.body();
            assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(answer.header("Content-Security-Policy")).as(what).contains("frame-ancestors 'none'");
            assertThat(answer.header("Cache-Control")).as(what).isEqualTo("no-store");
            assertThat(answer.header("Server")).as(what).isNull();
            if (answer.status() >= 400) {
                assertThat(answer.header("Content-Type")).as(what).startsWith("application/json");
                assertThat(answer.json().path("error").path("code").asText()).as(what).isNotBlank();
            }
        }
        assertThat(answers.stream().map(AbuseHost.Answer::status)).contains(200, 201, 400, 401, 404, 405, 415);
    }

    @Test
    void whatJettyAnswersItselfCarriesThemToo() throws IOException {
        String answer = raw("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("x-content-type-options: nosniff")
                .contains("\"error\"").doesNotContainIgnoringCase("server: jetty");
    }

    @Test
    void corsAllowsExactlyTheConfiguredOriginsAndNeverCredentials() {
        AbuseHost.Answer allowed = host.post("api/v1/shops/a/cart/evaluate", headers(client(), Map.of("Origin", AbuseHost.ORIGIN_A)), CART);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(AbuseHost.ORIGIN_A);
        assertThat(allowed.header("Vary")).contains("Origin");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();
        for (String origin : List.of("https://a.example.evil.org", "http://a.example", "https://b.example", "null",
                "https://a.example:8443", "https://evil.org")) {
            AbuseHost.Answer refused = host.post("api/v1/shops/a/cart/evaluate", headers(client(), Map.of("Origin", origin)), CART);
            assertThat(refused.status()).as(origin).isEqualTo(403);
            assertThat(refused.error()).isEqualTo("origin_not_allowed");
            assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void jsonBodiesMustSayTheyAreJsonSoCrossSiteWritesNeedAPreflight() {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            AbuseHost.Answer refused = host.send("POST", "api/v1/shops/a/leads", headers(client(), Map.of("Content-Type", type)),
                    "{\"email\":\"csrf@example.org\"}");
            assertThat(refused.status()).as(type).isEqualTo(415);
        }
        assertThat(host.send("POST", "api/v1/shops/a/leads", headers(client(),
                Map.of("Content-Type", "application/json; charset=UTF-8")), "{\"email\":\"ok@example.org\"}").status()).isEqualTo(201);
    }

    @Test
    void malformedQueriesAndPathsAre400sAndEncodedSeparatorsStayInTheirSegment() throws IOException {
        for (String path : List.of("api/v1/unsubscribe?token=%zz", "api/v1/track/open?token=%zz", "api/v1/track/click?token=%e9",
                "api/v1/shops/a/orders/x/thank-you?format=%zz", "api/v1/unsubscribe?%zz=1", "api/v1/preferences?token=%zz")) {
            String answer = raw("GET /" + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("\"code\":\"invalid_query\"")
                    .containsIgnoringCase("content-type: application/json");
        }
        String form = raw("POST /api/v1/unsubscribe?token=x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\n%zz");
        assertThat(form).as("a malformed form body is never parsed").startsWith("HTTP/1.1 400").contains("invalid_token");
        Map<String, String> admin = headers(bearer(AbuseHost.ADMIN), client());
        for (String email : List.of("a%2Fb@example.org", "a%25b@example.org")) {
            AbuseHost.Answer unknown = host.get("api/v1/shops/a/customers/" + email, admin);
            assertThat(unknown.status()).as(email).isEqualTo(404);
            assertThat(unknown.error()).isEqualTo("unknown_customer");
        }
    }

    @Test
    void theRouteTableAnswers404405AndHead() {
        AbuseHost.Answer notAllowed = host.send("PATCH", "api/v1/shops/a/products", headers(bearer(AbuseHost.KEY_A), client()), null);
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.header("Allow")).contains("GET", "HEAD", "PUT");
        AbuseHost.Answer head = host.send("HEAD", "api/v1/shops/a/products", headers(bearer(AbuseHost.KEY_A), client()), null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        AbuseHost.Answer unknownOrder = host.get("api/v1/shops/a/orders/never-placed/messages", headers(bearer(AbuseHost.KEY_A), client()));
        assertThat(unknownOrder.status()).isEqualTo(404);
        assertThat(unknownOrder.error()).isEqualTo("unknown_order");
    }

    @Test
    void theHostListensOnLoopbackUnlessToldOtherwise() throws IOException {
        InetAddress outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        assumeTrue(outside != null, "this machine has no address besides loopback to try");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(outside, host.port()), 2000))
                    .isInstanceOf(ConnectException.class);
        }
        assertThat(host.get("health", client()).status()).isEqualTo(200);
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", host.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
