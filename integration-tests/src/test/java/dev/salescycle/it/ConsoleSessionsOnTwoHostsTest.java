package dev.salescycle.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hosts on one PostgreSQL database behind a balancer: a console session opened on one is honoured by the
 * other, a change made through the other with the session's CSRF token is applied, and a sign-out on one ends
 * the session on both.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConsoleSessionsOnTwoHostsTest {

    private static final String ADMIN = "two-hosts-admin-token-000";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;
    String database;

    @AfterEach
    void dropDatabase() throws Exception {
        Postgres.dropDatabase(database);
    }

    @Test
    void aSessionFromOneHostWorksOnTheOtherUntilSignedOutOnEither() throws Exception {
        database = Postgres.createDatabase();
        try (TestHost a = host("a"); TestHost b = host("b")) {
            HttpResponse<String> in = send(a, "POST", "/admin/session", Map.of("Content-Type", "application/json"),
                    "{\"token\":\"" + ADMIN + "\"}");
            assertThat(in.statusCode()).isEqualTo(200);
            String cookie = in.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            String csrf = FiveStagesTest.JSON.readTree(in.body()).get("csrfToken").asText();

            assertThat(send(b, "GET", "/admin/shops", Map.of("Cookie", cookie), null).statusCode()).isEqualTo(200);
            assertThat(send(b, "PUT", "/admin/shops/s/plugins/lead-scoring", Map.of("Cookie", cookie, "X-CSRF-Token", csrf,
                    "Content-Type", "application/json"), "{\"settings\":{\"hotScore\":75}}").statusCode()).isEqualTo(200);

            assertThat(send(b, "DELETE", "/admin/session", Map.of("Cookie", cookie, "X-CSRF-Token", csrf), null).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> after = send(a, "GET", "/admin/shops", Map.of("Cookie", cookie), null);
            assertThat(after.statusCode()).as("signed out on b, refused on a").isEqualTo(401);
            assertThat(after.body()).contains("signed out");
        }
    }

    private TestHost host(String name) {
        return TestHost.builder(dir.resolve(name)).plugin(Plugins.zip("lead-scoring")).config("""
                host:
                  store: %s
                  storeUser: %s
                  adminToken: %s
                shops:
                  s:
                    currency: EUR
                    plugins: [ lead-scoring ]
                """.formatted(Postgres.url(database), Postgres.USER, ADMIN)).start();
    }

    private static HttpResponse<String> send(TestHost host, String method, String path, Map<String, String> headers,
                                             String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.host().baseUri().resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
