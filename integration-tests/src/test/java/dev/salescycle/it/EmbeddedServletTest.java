package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.SalesCycleHost;
import dev.salescycle.host.config.ConfigException;
import dev.salescycle.testkit.ApiClient;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The host as a library: built but not started, its servlet mounted in the caller's own Jetty. */
@Timeout(600)
class EmbeddedServletTest {

    static final String TOKEN = "embedded-admin-token-0123456789";
    /** The healthy plugin gets room for its first, cold call on a busy machine; the hanging one keeps 50 ms. */
    static final String CONFIG = """
            host:
              hookBudget: 50ms
              requestBudget: 2000ms
              adminToken: %s%s
            shops:
              corner:
                currency: EUR
                plugins: [ fault-hangs, { id: conversion-offers, budget: 1000ms } ]
            """;
    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/api/v1/consent/confirm\\?token=\\S+");

    @Test
    void theServletAnswersCartsAndHealthUnderTheCallersContextPath(@TempDir Path dir) throws Exception {
        Server server = new Server();
        ServerConnector connector = listening(server);
        try (SalesCycleHost host = host(dir, "http://127.0.0.1:" + connector.getLocalPort() + "/sales/")) {
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/sales");
            context.addServlet(api(host), "/*");
            server.setHandler(context);
            server.start();
            try {
                ApiClient client = new ApiClient(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/sales/"));
                cartAndHealth(client);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void theServletMountedAtAPrefixOfTheRootContextAnswersEveryRouteUnderIt(@TempDir Path dir) throws Exception {
        Server server = new Server();
        ServerConnector connector = listening(server);
        String base = "http://127.0.0.1:" + connector.getLocalPort() + "/";
        try (SalesCycleHost host = host(dir, base + "sales/")) {
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.addServlet(new ServletHolder("app", new AppPage()), "/");
            context.addServlet(api(host), "/sales/*");
            server.setHandler(context);
            server.start();
            try {
                ApiClient client = new ApiClient(URI.create(base + "sales/"));
                cartAndHealth(client);

                assertThat(client.get("metrics").status()).as("the operator's metrics need the admin token").isEqualTo(401);
                ApiClient operator = client.withHeaders(Map.of("Authorization", "Bearer " + TOKEN));
                assertThat(operator.get("metrics").body()).contains("salescycle_");
                assertThat(operator.get("admin/shops").status()).isEqualTo(200);

                ApiClient.Response console = client.get("console");
                assertThat(console.status()).isEqualTo(308);
                assertThat(console.headers().get("location")).isEqualTo("/sales/console/");
                assertThat(client.get("console/").body()).contains("Salescycle console");
                assertThat(client.get("console/api.js").status()).isEqualTo(200);
                ApiClient.Response signIn = client.post("admin/session", "{\"token\":\"" + TOKEN + "\"}");
                assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
                assertThat(signIn.headers().get("set-cookie")).as("the app's own pages never get the console's cookie")
                        .contains("; Path=/sales/;");

                ApiClient.Response lead = client.post("api/v1/shops/corner/leads",
                        "{\"email\":\"ada@example.org\",\"consent\":{\"marketing\":true}}");
                assertThat(lead.status()).as(lead.body()).isEqualTo(201);
                await().atMost(Duration.ofSeconds(20)).until(() -> mails(operator).size() == 1);
                Matcher link = CONFIRM.matcher(mails(operator).get(0).path("text").asText());
                assertThat(link.find()).isTrue();
                assertThat(link.group()).startsWith(base + "sales/api/v1/consent/confirm?token=");
                assertThat(client.get(link.group().substring((base + "sales/").length())).body()).contains("ada@example.org");

                ApiClient app = new ApiClient(URI.create(base));
                assertThat(app.get("somewhere/else").body()).isEqualTo("the app's own page");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aMountedHostNeedsItsPublicUrlHasNoBaseUriAndClosesOnceAndCompletely(@TempDir Path dir) throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        SalesCycleHost host = host(dir, null);
        assertThatThrownBy(host::servlet).isInstanceOf(ConfigException.class).hasMessageStartingWith("host.publicUrl: required")
                .hasMessageContaining("salescycle.yaml");
        assertThatThrownBy(host::baseUri).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
        assertThat(host.port()).isEqualTo(-1);

        host.close();
        host.close();
        assertThatThrownBy(host::baseUri).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && t.getName().startsWith("salescycle-"))
                .map(Thread::getName).collect(Collectors.toList())).isEmpty());
    }

    private static void cartAndHealth(ApiClient client) {
        ApiClient.Response cart = client.post("api/v1/shops/corner/cart/evaluate", """
                {"currency":"EUR","lines":[{"sku":"a","quantity":1,"unitPrice":"10.00"}]}""");
        assertThat(cart.status()).as(cart.body()).isEqualTo(200);
        JsonNode answer = FiveStagesTest.json(cart);
        assertThat(answer.get("offers").findValuesAsText("plugin")).isNotEmpty().containsOnly("conversion-offers");
        assertThat(answer.get("skipped").findValuesAsText("plugin")).contains("fault-hangs");

        ApiClient.Response health = client.get("health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(FiveStagesTest.json(health).get("plugins").findValuesAsText("id"))
                .containsExactlyInAnyOrder("fault-hangs", "conversion-offers");
        assertThat(client.get("api/v1/shops/corner/nothing-here").status()).isEqualTo(404);
    }

    private static List<JsonNode> mails(ApiClient operator) {
        JsonNode outbox = FiveStagesTest.json(operator.get("admin/outbox"));
        return outbox.path("mails").findParents("to").stream().filter(m -> m.path("to").asText().equals("ada@example.org"))
                .collect(Collectors.toList());
    }

    private static SalesCycleHost host(Path dir, String publicUrl) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        for (Path zip : new Path[] {Plugins.zip("fault-hangs"), Plugins.zip("conversion-offers")}) {
            Files.copy(zip, plugins.resolve(zip.getFileName()));
        }
        String config = CONFIG.formatted(TOKEN, publicUrl == null ? "" : "\n  publicUrl: " + publicUrl);
        return SalesCycleHost.builder().configFile(Files.writeString(dir.resolve("salescycle.yaml"), config))
                .pluginsDir(plugins).dataDir(dir.resolve("data")).build();
    }

    /** A connector that listens already, so that the host's public URL can name its port. */
    private static ServerConnector listening(Server server) throws IOException {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        connector.open();
        return connector;
    }

    private static ServletHolder api(SalesCycleHost host) {
        ServletHolder api = new ServletHolder("salescycle", host.servlet());
        // The host answers from a rescue thread when a plugin overruns its budget: that needs async.
        api.setAsyncSupported(true);
        return api;
    }

    /** The embedding application's own servlet. */
    static final class AppPage extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("the app's own page");
        }
    }
}
