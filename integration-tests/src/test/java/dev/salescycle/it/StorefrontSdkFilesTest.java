package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storefront SDK's files as any page of any origin fetches them, and as an attacker tries them: cacheable
 * scripts with the host's usual headers, revalidated by ETag; nothing else of the class path behind an encoded
 * {@code ..}; unknown files and other methods answered with the usual JSON errors.
 */
@Timeout(120)
class StorefrontSdkFilesTest {

    private static final List<String> FILES = List.of("salescycle.js", "components/base.js",
            "components/salescycle-signup.js", "components/salescycle-offers.js", "components/salescycle-recommendations.js",
            "components/salescycle-thank-you.js", "components/salescycle-preferences.js");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestHost host;

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).config("""
                host:
                  rateLimits:
                    browser: { perClient: 5/1m, perShop: 5/1m }
                shops:
                  a:
                    currency: EUR
                    allowedOrigins: [ "https://a.example" ]
                    plugins: []
                """).start();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void everyFileIsAScriptAnyOriginMayLoadAndCachesMayKeepForFiveMinutes() throws Exception {
        for (String file : FILES) {
            HttpResponse<String> answer = get("sdk/v1/" + file, Map.of("Origin", "https://elsewhere.example"));
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(file).hasValue("text/javascript; charset=utf-8");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
            assertThat(answer.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("cross-origin");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("ETag")).get().asString().startsWith("\"");
            assertThat(answer.headers().firstValue("Server")).isEmpty();
            assertThat(answer.body()).contains("'use strict'");
        }
    }

    @Test
    void aKnownETagIsAnsweredNotModifiedWithoutBodyAndGzipWhenAsked() throws Exception {
        HttpResponse<String> first = get("sdk/v1/salescycle.js", Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("sdk/v1/salescycle.js", Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(get("sdk/v1/salescycle.js", Map.of("If-None-Match", "W/" + etag)).statusCode()).isEqualTo(304);
        assertThat(get("sdk/v1/salescycle.js", Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> packed = HTTP.send(request("sdk/v1/salescycle.js", Map.of("Accept-Encoding", "gzip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(packed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.body());
        }
    }

    @Test
    void theFilesAreNotCountedAgainstTheBrowsersRateLimit() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(get("sdk/v1/components/salescycle-offers.js", Map.of()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void encodedDotSegmentsReachNothingElseOfTheClassPath() {
        URI base = host.host().baseUri();
        for (String target : List.of("/sdk/v1/components/..%2Fsalescycle.js", "/sdk/v1/components/..%2F..%2F..%2Fconsole%2Fapp.js",
                "/sdk/v1/components/%2e%2e%2f%2e%2e%2f%2e%2e%2fdb%2fmigration%2fV1__store_schema.sql",
                "/sdk/v1/components/..%5c..%5cconsole%5capp.js", "/sdk/v1/components/%2e%2e", "/sdk/v1/components/.",
                "/sdk/v1/components/base.js%00.png", "/sdk/v1/components/..;/salescycle.js",
                "/sdk/v1/../../console/app.js", "/sdk/v1/components/../../../logback.xml",
                "/sdk/v1/components/dev/salescycle/host/HttpServer.class", "/sdk/v1/components/BASE.JS")) {
            RawHttp.Answer answer = RawHttp.send(base, "GET", target, Map.of(), null);
            assertThat(answer.status()).as(target).isIn(400, 404);
            assertThat(answer.body()).as(target).doesNotContain("'use strict'", "CREATE TABLE", "<configuration", "import ");
            if (!answer.body().isEmpty()) {
                assertThat(json(answer.body()).path("error").path("code").asText()).as(target).isNotEmpty();
            }
        }
    }

    @Test
    void anUnknownFileIsAJson404() throws Exception {
        for (String path : List.of("sdk/v1/components/salescycle-nothing.js", "sdk/v1/components/base.css",
                "sdk/v1/salescycle.css", "sdk/v1/other.js", "sdk/v2/salescycle.js", "sdk/v1/components/")) {
            HttpResponse<String> answer = get(path, Map.of());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(json(answer.body()).path("error").path("code").asText()).as(path).isEqualTo("not_found");
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }

    @Test
    void methodsOtherThanGetAndHeadAre405WithAllow() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("sdk/v1/salescycle.js", "sdk/v1/components/salescycle-offers.js")) {
                HttpResponse<String> answer = HTTP.send(request(path, Map.of("Content-Type", "application/json"))
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
                assertThat(json(answer.body()).path("error").path("code").asText()).isEqualTo("method_not_allowed");
            }
        }
        HttpResponse<String> head = HTTP.send(request("sdk/v1/salescycle.js", Map.of())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aCorsPreflightOfTheFilesIsRefusedAsForEveryRouteOutsideAShop() throws Exception {
        HttpResponse<String> preflight = HTTP.send(request("sdk/v1/salescycle.js", Map.of("Origin", "https://a.example",
                "Access-Control-Request-Method", "GET")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(json(preflight.body()).path("error").path("code").asText()).isEqualTo("cors_refused");
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return HTTP.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.host().baseUri().resolve(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return request;
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
