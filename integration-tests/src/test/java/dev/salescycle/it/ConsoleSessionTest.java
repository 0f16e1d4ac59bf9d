package dev.salescycle.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's session over HTTP: the cookie's attributes, every change refused without the session's CSRF token
 * or without a session, forged, tampered, expired and signed-out cookies, changes and sign-ins from another
 * origin, sign-in backoff, and the console's files under their strict policy.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConsoleSessionTest {

    private static final String ADMIN = "console-admin-token-0000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    /** Every route that changes something, with a body where it takes one. */
    private static final List<String[]> CHANGES = List.of(
            new String[] {"PUT", "/admin/shops/s/plugins/lead-scoring", "{\"settings\":{\"hotScore\":70}}"},
            new String[] {"DELETE", "/admin/shops/s/plugins/lead-scoring", null},
            new String[] {"POST", "/admin/plugins?file=lead-scoring.zip", null},
            new String[] {"PUT", "/admin/plugins/lead-scoring?file=lead-scoring.zip", null},
            new String[] {"DELETE", "/admin/plugins/lead-scoring", null},
            new String[] {"DELETE", "/api/v1/shops/s/customers/ada@example.com", null},
            new String[] {"POST", "/admin/shops/s/experiments", "{\"id\":\"e\",\"stage\":\"lead-capture\","
                    + "\"variants\":[{\"name\":\"a\",\"weight\":1,\"plugin\":\"lead-scoring\"},{\"name\":\"b\",\"weight\":1}]}"},
            new String[] {"POST", "/admin/shops/s/experiments/e/start", "{}"},
            new String[] {"POST", "/admin/shops/s/experiments/e/stop", "{}"},
            new String[] {"POST", "/admin/shops/s/experiments/e/promote", "{\"variant\":\"a\"}"},
            new String[] {"POST", "/admin/shops/s/experiments/e/revert", "{}"},
            new String[] {"DELETE", "/admin/session", null});

    @TempDir
    static Path dir;
    static TestHost host;
    static MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    static Map<String, String> current;

    record Answer(int status, HttpResponse<byte[]> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(raw.body());
        }
    }

    record Session(String cookie, String csrf) {
    }

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).clock(clock).config("""
                host:
                  adminToken: %s
                  trustedProxies: [ "127.0.0.1" ]
                  allowPluginUpload: true
                shops:
                  s:
                    currency: EUR
                    plugins: [ lead-scoring ]
                """.formatted(ADMIN)).plugin(Plugins.zip("lead-scoring")).start();
    }

    /** Each test speaks from an address of its own, so that its wrong credentials back off only itself. */
    @BeforeEach
    void newClient() {
        current = client();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void signInSetsAnHttpOnlyStrictCookieAndAnswersTheCsrfTokenButNeverTheAdminToken() throws Exception {
        Answer in = send("POST", "/admin/session", Map.of("Content-Type", "application/json"), "{\"token\":\"" + ADMIN + "\"}");
        assertThat(in.status()).isEqualTo(200);
        String cookie = in.header("Set-Cookie");
        assertThat(cookie).startsWith("sc_session=").contains("; Path=/", "; HttpOnly", "; SameSite=Strict")
                .doesNotContain("Secure").doesNotContain(ADMIN);
        assertThat(new String(in.raw().body())).doesNotContain(ADMIN);
        assertThat(in.json().get("csrfToken").asText()).hasSizeGreaterThan(20);
        Session session = new Session(cookie.substring(0, cookie.indexOf(';')), in.json().get("csrfToken").asText());
        assertThat(send("GET", "/admin/shops", Map.of("Cookie", session.cookie()), null).status()).isEqualTo(200);
        assertThat(send("GET", "/admin/session", Map.of("Cookie", session.cookie()), null).json().get("csrfToken").asText())
                .isEqualTo(session.csrf());
        for (int i = 0; i < 6; i++) {
            assertThat(send("GET", "/admin/session", Map.of(), null).json().get("signedIn").asBoolean())
                    .as("a page opening without a session is no guess and is never held back").isFalse();
        }
        assertThat(send("GET", "/admin/session", Map.of("Cookie", "sc_session=forged"), null).status()).isEqualTo(401);
    }

    @Test
    void everyChangeWithoutTheCsrfTokenOrWithoutASessionIsRefusedAndChangesNothing() throws Exception {
        Session session = signIn();
        for (String[] change : CHANGES) {
            Map<String, String> json = change[2] == null ? Map.of() : Map.of("Content-Type", "application/json");
            Answer noCsrf = send(change[0], change[1], with(json, Map.of("Cookie", session.cookie())), change[2]);
            assertThat(noCsrf.status()).as(change[0] + " " + change[1] + " without CSRF token").isEqualTo(403);
            assertThat(noCsrf.json().at("/error/code").asText()).isEqualTo("csrf_refused");
            Answer wrongCsrf = send(change[0], change[1], with(json, Map.of("Cookie", session.cookie(),
                    "X-CSRF-Token", session.csrf().substring(1) + "A")), change[2]);
            assertThat(wrongCsrf.status()).as(change[0] + " " + change[1] + " with a wrong CSRF token").isEqualTo(403);
            // from an address of its own: each refusal counts towards that address's backoff
            Answer noSession = send(change[0], change[1], with(with(json, client()), Map.of("X-CSRF-Token", session.csrf())), change[2]);
            assertThat(noSession.status()).as(change[0] + " " + change[1] + " without session").isEqualTo(401);
        }
        JsonNode shops = send("GET", "/admin/shops/s/plugins/lead-scoring", Map.of("Cookie", session.cookie()), null).json();
        assertThat(shops.at("/settings/hotScore").isMissingNode()).as("nothing changed").isTrue();
        assertThat(send("GET", "/admin/shops/s/experiments", Map.of("Cookie", session.cookie()), null).json()
                .get("experiments")).as("no experiment made").isEmpty();
        assertThat(send("GET", "/admin/shops", Map.of("Cookie", session.cookie()), null).status()).as("still signed in").isEqualTo(200);

        Answer done = send("PUT", "/admin/shops/s/plugins/lead-scoring", Map.of("Content-Type", "application/json",
                "Cookie", session.cookie(), "X-CSRF-Token", session.csrf()), "{\"settings\":{\"hotScore\":70}}");
        assertThat(done.status()).as("with both the change is made").isEqualTo(200);
        assertThat(send("GET", "/admin/shops/s/plugins/lead-scoring", Map.of("Cookie", session.cookie()), null).json()
                .at("/settings/hotScore").asInt()).isEqualTo(70);
    }

    @Test
    void aChangeOrSignInFromAnotherOriginIsRefusedEvenWithTheToken() throws Exception {
        Session session = signIn();
        Map<String, String> valid = Map.of("Content-Type", "application/json", "Cookie", session.cookie(),
                "X-CSRF-Token", session.csrf());
        String body = "{\"settings\":{\"hotScore\":65}}";
        Answer origin = send("PUT", "/admin/shops/s/plugins/lead-scoring", with(valid, Map.of("Origin", "https://evil.example")), body);
        assertThat(origin.status()).isEqualTo(403);
        assertThat(origin.json().at("/error/code").asText()).isEqualTo("cross_origin_refused");
        assertThat(send("PUT", "/admin/shops/s/plugins/lead-scoring", with(valid, Map.of("Sec-Fetch-Site", "cross-site")), body)
                .status()).isEqualTo(403);
        assertThat(send("POST", "/admin/session", Map.of("Content-Type", "application/json", "Origin", "https://evil.example"),
                "{\"token\":\"" + ADMIN + "\"}").status()).as("login CSRF").isEqualTo(403);
        assertThat(send("OPTIONS", "/admin/session", Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "DELETE"), null).status()).as("no CORS for the operator").isEqualTo(403);
        String port = Integer.toString(host.host().port());
        assertThat(send("PUT", "/admin/shops/s/plugins/lead-scoring", with(valid, Map.of("Origin", "http://127.0.0.1:" + port,
                "Sec-Fetch-Site", "same-origin")), body).status()).as("the console's own origin").isEqualTo(200);
    }

    @Test
    void forgedAndTamperedCookiesAreRefusedClearedAndCountAsWrongCredentials() throws Exception {
        Session session = signIn();
        String value = session.cookie().substring("sc_session=".length());
        String payload = new String(Base64.getUrlDecoder().decode(value.substring(0, value.indexOf('.'))));
        String[] parts = payload.split(":");
        String longer = "v1:" + parts[1] + ":" + parts[2] + ":" + (Long.parseLong(parts[3]) + 86_400);
        List<String> forged = List.of("sc_session=forged", "sc_session=" + value.substring(0, value.length() - 2) + "AA",
                "sc_session=" + Base64.getUrlEncoder().withoutPadding().encodeToString(longer.getBytes()) + value.substring(value.indexOf('.')),
                "sc_session=" + "A".repeat(5000));
        Map<String, String> me = client();
        for (String cookie : forged.subList(0, 3)) {
            Answer refused = send("GET", "/admin/shops", with(me, Map.of("Cookie", cookie)), null);
            assertThat(refused.status()).as(cookie).isEqualTo(401);
            assertThat(refused.json().at("/error/code").asText()).isEqualTo("session_ended");
            assertThat(refused.header("Set-Cookie")).contains("sc_session=;", "Max-Age=0");
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                send("GET", "/admin/shops", with(me, Map.of("Cookie", forged.get(3))), null).status() == 429);
        assertThat(send("GET", "/admin/shops", with(me, Map.of("Cookie", session.cookie())), null).status())
                .as("the guessing address waits even with a good cookie").isEqualTo(429);
    }

    @Test
    void aSessionEndsAfterIdleTimeAfterItsAbsoluteLifetimeAndAtSignOut() throws Exception {
        Session idle = signIn();
        clock.advance(Duration.ofMinutes(29));
        Answer alive = send("GET", "/admin/shops", Map.of("Cookie", idle.cookie()), null);
        assertThat(alive.status()).isEqualTo(200);
        Session refreshed = new Session(alive.header("Set-Cookie").substring(0, alive.header("Set-Cookie").indexOf(';')), idle.csrf());
        clock.advance(Duration.ofMinutes(29));
        assertThat(send("GET", "/admin/shops", Map.of("Cookie", idle.cookie()), null).status()).as("the old cookie idled out").isEqualTo(401);
        assertThat(send("GET", "/admin/shops", Map.of("Cookie", refreshed.cookie()), null).status()).as("use keeps it alive").isEqualTo(200);

        Session longLived = signIn();
        String cookie = longLived.cookie();
        for (int i = 0; i < 12 * 3; i++) {
            clock.advance(Duration.ofMinutes(20));
            Answer answer = send("GET", "/admin/config", Map.of("Cookie", cookie), null);
            if (answer.status() != 200) {
                assertThat(i).as("ended at the absolute lifetime").isEqualTo(12 * 3 - 1);
                assertThat(answer.status()).isEqualTo(401);
                break;
            }
            cookie = answer.header("Set-Cookie").substring(0, answer.header("Set-Cookie").indexOf(';'));
        }

        Session out = signIn();
        Answer bye = send("DELETE", "/admin/session", Map.of("Cookie", out.cookie(), "X-CSRF-Token", out.csrf()), null);
        assertThat(bye.status()).isEqualTo(200);
        assertThat(bye.header("Set-Cookie")).contains("Max-Age=0");
        Answer after = send("GET", "/admin/shops", Map.of("Cookie", out.cookie()), null);
        assertThat(after.status()).as("a signed-out cookie replayed").isEqualTo(401);
        assertThat(after.json().at("/error/message").asText()).contains("signed out");
    }

    @Test
    void wrongTokensAtSignInBackOffLikeWrongAdminTokens() throws Exception {
        Map<String, String> me = client();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                send("POST", "/admin/session", with(me, Map.of("Content-Type", "application/json")),
                        "{\"token\":\"guess-" + System.nanoTime() + "\"}").status() == 429);
        Answer waiting = send("POST", "/admin/session", with(me, Map.of("Content-Type", "application/json")),
                "{\"token\":\"" + ADMIN + "\"}");
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.header("Set-Cookie")).isNull();
    }

    @Test
    void theConsoleIsServedUnderAStrictPolicyAndNothingElseOnTheClassPathIs() throws Exception {
        Answer redirect = send("GET", "/console", Map.of(), null);
        assertThat(redirect.status()).isEqualTo(308);
        assertThat(redirect.header("Location")).isEqualTo("/console/");
        Answer page = send("GET", "/console/", Map.of(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'", "default-src 'none'")
                .doesNotContain("unsafe");
        assertThat(new String(page.raw().body())).contains("<script type=\"module\" src=\"app.js\">").doesNotContain("style=");
        Answer script = send("GET", "/console/app.js", Map.of("Accept-Encoding", "gzip"), null);
        assertThat(script.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(new GZIPInputStream(new java.io.ByteArrayInputStream(script.raw().body())).readAllBytes()))
                .contains("import");
        assertThat(send("GET", "/console/app.js", Map.of("If-None-Match", script.header("ETag")), null).status()).isEqualTo(304);
        for (String path : List.of("/console/..%2Flogback.xml", "/console/db%2Fmigration%2FV1__store_schema.sql",
                "/console/logback.xml", "/console/Missing.js", "/console/a/b.js")) {
            assertThat(send("GET", path, Map.of(), null).status()).as(path).isIn(400, 404);
        }
    }

    @Test
    void aBadSettingIsRefusedAtItsFieldWithTheHostsMessage() throws Exception {
        Answer refused = send("PUT", "/admin/shops/s/plugins/lead-scoring", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + ADMIN), "{\"settings\":{\"hotScore\":\"very\"}}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("invalid_config");
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("settings.hotScore");
        assertThat(refused.json().at("/error/message").asText())
                .startsWith("shops.s.plugins[lead-scoring].settings.hotScore: expected integer");
    }

    @Test
    void anUploadThroughTheSessionAnswersTheSha256OfTheFileTheHostKeeps() throws Exception {
        Session session = signIn();
        assertThat(send("GET", "/admin/config", Map.of("Cookie", session.cookie()), null).json().get("allowPluginUpload")
                .asBoolean()).isTrue();
        Path zip = Plugins.zip("co-purchase-upsell");
        HttpRequest.Builder upload = HttpRequest.newBuilder(host.host().baseUri().resolve("/admin/plugins?file=co-purchase-upsell.zip"))
                .POST(HttpRequest.BodyPublishers.ofFile(zip)).header("Content-Type", "application/octet-stream")
                .header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf());
        current.forEach(upload::header);
        HttpResponse<String> installed = HTTP.send(upload.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(zip)));
        assertThat(JSON.readTree(installed.body()).get("sha256").asText()).isEqualTo(expected);
        assertThat(JSON.readTree(installed.body()).get("shops")).as("enabled for no shop yet").isEmpty();
    }

    private static Session signIn() throws Exception {
        Answer in = send("POST", "/admin/session", Map.of("Content-Type", "application/json"),
                "{\"token\":\"" + ADMIN + "\"}");
        assertThat(in.status()).isEqualTo(200);
        String cookie = in.header("Set-Cookie");
        return new Session(cookie.substring(0, cookie.indexOf(';')), in.json().get("csrfToken").asText());
    }

    private static Map<String, String> client() {
        int n = CLIENTS.incrementAndGet();
        return Map.of("X-Forwarded-For", "10.2." + (n / 250) + "." + (n % 250 + 1));
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new LinkedHashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static Answer send(String method, String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.host().baseUri().resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        with(current, headers).forEach(request::header);
        HttpResponse<byte[]> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(answer.statusCode(), answer);
    }
}
