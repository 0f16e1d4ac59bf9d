package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.SalesCycleHost;
import dev.salescycle.testkit.ApiClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** The host as a library: built but not started, its servlet mounted in the caller's own Jetty under a context path. */
@Timeout(600)
class EmbeddedServletTest {

    static final String CONFIG = """
            host:
              hookBudget: 50ms
            shops:
              corner:
                currency: EUR
                plugins: [ fault-hangs, conversion-offers ]
            """;

    @Test
    void theServletAnswersCartsAndHealthUnderTheCallersContextPath(@TempDir Path dir) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        for (Path zip : new Path[] {Plugins.zip("fault-hangs"), Plugins.zip("conversion-offers")}) {
            Files.copy(zip, plugins.resolve(zip.getFileName()));
        }
        Path config = Files.writeString(dir.resolve("salescycle.yaml"), CONFIG);
        try (SalesCycleHost host = SalesCycleHost.builder().configFile(config).pluginsDir(plugins)
                .dataDir(dir.resolve("data")).build()) {
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/sales");
            ServletHolder api = new ServletHolder("salescycle", host.servlet());
            // The host answers from a rescue thread when a plugin overruns its budget: that needs async.
            api.setAsyncSupported(true);
            context.addServlet(api, "/*");
            server.setHandler(context);
            server.start();
            try {
                ApiClient client = new ApiClient(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/sales/"));

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
            } finally {
                server.stop();
            }
        }
    }
}
