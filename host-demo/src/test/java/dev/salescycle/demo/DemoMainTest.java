package dev.salescycle.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Timeout;

/** The command line as an operator meets it: help, mistakes, and a real start. */
@Timeout(600)
class DemoMainTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final DemoMain main = new DemoMain(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void helpPrintsTheOptionsAndExitsZero() {
        int code = main.execute("--help");

        assertThat(code).isZero();
        assertThat(out()).contains("Usage: host-demo", "--config=FILE", "--port=N", "--plugins=DIR", "--data=DIR",
                "--help");
        assertThat(main.server()).isNull();
    }

    @Test
    void aMissingConfigFileIsNamedWithoutAStackTrace() {
        Path missing = temp.resolve("no-such-config.yaml");

        int code = main.execute("--config", missing.toString(), "--plugins", temp.toString(),
                "--data", temp.resolve("data").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).startsWith("Error: Config file not found: " + missing);
        assertNoStackTrace();
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void aConfigWithAYamlErrorNamesFileAndLine() throws IOException {
        Path config = Files.writeString(temp.resolve("broken.yaml"), "host:\n  port: [8080\nshops: {}\n");

        int code = main.execute("--config", config.toString(), "--plugins", temp.toString(),
                "--data", temp.resolve("data").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).startsWith("Error: Config error: ").contains("broken.yaml", "line");
        assertNoStackTrace();
    }

    @Test
    void aConfigNamingAnUnknownPluginStopsTheStartWithItsName() throws IOException {
        Path config = Files.writeString(temp.resolve("shops.yaml"), """
                shops:
                  corner-shop:
                    currency: EUR
                    plugins:
                      - id: no-such-plugin
                """);

        int code = main.execute("--config", config.toString(), "--plugins", DemoFixtures.pluginsDir().toString(),
                "--data", temp.resolve("data").toString(), "--port", "0");

        assertThat(code).isEqualTo(1);
        assertThat(err()).startsWith("Error: Config error: ").contains("shops.yaml", "no-such-plugin");
        assertNoStackTrace();
        assertThat(main.server()).isNull();
    }

    /** Without --plugins the config's host.pluginsDir (relative to the config file) is used; --plugins wins over it. */
    @Test
    void thePluginsFolderOfTheConfigIsUsedUnlessPluginsIsGiven() throws IOException {
        Path own = Files.createDirectories(temp.resolve("shop/own-plugins"));
        Path zip = Files.list(DemoFixtures.pluginsDir()).filter(f -> f.getFileName().toString().startsWith("lead-scoring"))
                .filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        Files.copy(zip, own.resolve(zip.getFileName()));
        Path config = Files.writeString(temp.resolve("shop/shop.yaml"), """
                host:
                  pluginsDir: own-plugins
                shops:
                  corner-shop:
                    currency: EUR
                    plugins:
                      - id: lead-scoring
                """);

        int overridden = main.execute("--config", config.toString(), "--plugins", temp.resolve("elsewhere").toString(),
                "--data", temp.resolve("data").toString(), "--port", "0");
        assertThat(overridden).isEqualTo(1);
        assertThat(err()).startsWith("Error: Plugins folder not found: " + temp.resolve("elsewhere"));

        DemoMain again = new DemoMain(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = again.execute("--config", config.toString(), "--data", temp.resolve("data").toString(), "--port", "0");
        try {
            assertThat(code).as(err()).isZero();
            assertThat(out()).contains("plugins: " + own.toAbsolutePath().normalize());
        } finally {
            if (again.server() != null) {
                again.server().close();
            }
        }
    }

    @Test
    void aMissingPluginsFolderIsNamed() {
        Path plugins = temp.resolve("no-plugins-here");

        int code = main.execute("--plugins", plugins.toString(), "--data", temp.resolve("data").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).startsWith("Error: Plugins folder not found: " + plugins);
    }

    @Test
    void aPortThatIsNoNumberIsABadArgument() {
        int code = main.execute("--port", "eighty");

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("--port", "eighty");
    }

    @Test
    void aPortInUseIsReportedAsSuch() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            int code = main.execute("--port", String.valueOf(port), "--plugins", DemoFixtures.pluginsDir().toString(),
                    "--data", temp.resolve("data").toString());

            assertThat(code).isEqualTo(1);
            assertThat(err()).startsWith("Error: Port " + port + " is already in use.");
            assertNoStackTrace();
        }
    }

    @Test
    void startsWithTheSampleConfigPrintsItsAddressAndServesSeededShops() throws Exception {
        int code = main.execute("--port", "0", "--plugins", DemoFixtures.pluginsDir().toString(),
                "--data", temp.resolve("data").toString());
        try (DemoServer server = main.server()) {
            assertThat(code).as(err()).isZero();
            URI base = server.baseUri();
            assertThat(out()).contains("Salescycle demo is running at " + base,
                    "demo-coffee: 15 products", "demo-tea: 12 products");
            assertThat(temp.resolve("data").resolve("demo-config.yaml")).isRegularFile();

            HttpResponse<String> page = get(base.resolve("/"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Salescycle demo", "app.js");

            assertThat(get(base.resolve("/api/v1/shops/demo-coffee/products")).statusCode())
                    .as("the shop server's route needs the shop key").isEqualTo(401);
            JsonNode products = new ObjectMapper().readTree(get(base.resolve("/demo/shops/demo-coffee/products")).body());
            assertThat(products).hasSize(15);
            assertThat(out()).containsPattern("admin token: +[A-Za-z0-9_-]{32}")
                    .contains("demo-coffee API key:").doesNotContain("demo-admin-token");
            JsonNode health = new ObjectMapper().readTree(get(base.resolve("/health")).body());
            assertThat(health.path("status").asText()).isEqualTo("UP");
        }
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertNoStackTrace() {
        assertThat(err()).doesNotContain("\tat ", "Exception");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
