package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.config.ConfigException;
import dev.salescycle.testkit.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** What the host makes of the files in its plugins folder. */
@Timeout(600)
class PluginDiscoveryTest {

    static final String LEADS_ONLY = """
            shops:
              fresh:
                currency: EUR
                plugins: [ lead-scoring ]
            """;

    @Test
    void aPluginJarDroppedIntoAFreshInstallIsPickedUpAndEnabledByConfigAlone(@TempDir Path dir) {
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config(LEADS_ONLY)).plugin(Plugins.jar("lead-scoring")).start()) {
            ApiClient.Response lead = TestKeys.client(host).post("/api/v1/shops/fresh/leads",
                    "{\"email\":\"fay@example.org\",\"source\":\"referral\"}");
            assertThat(lead.status()).as(lead.body()).isEqualTo(201);
            assertThat(FiveStagesTest.json(lead).get("score").asInt()).isPositive();
            JsonNode health = FiveStagesTest.json(TestKeys.client(host).get("/health"));
            assertThat(health.get("status").asText()).isEqualTo("UP");
            assertThat(health.get("plugins").findValuesAsText("id")).containsExactly("lead-scoring");
        }
    }

    @Test
    void corruptUndescribedAndIncompatiblePluginsAreSkippedReportedAndTheOthersRun(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Files.write(dir.resolve("plugins/corrupt.jar"), new byte[] {1, 2, 3, 4, 5});
        withoutDescriptor(Plugins.jar("lead-scoring"), dir.resolve("plugins/no-descriptor.jar"));
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config(LEADS_ONLY)).plugin(Plugins.zip("lead-scoring"))
                .plugin(Plugins.zip("future-sdk")).start()) {
            assertThat(TestKeys.client(host).post("/api/v1/shops/fresh/leads", "{\"email\":\"gus@example.org\"}").status())
                    .isEqualTo(201);
            JsonNode health = FiveStagesTest.json(TestKeys.client(host).get("/health"));
            assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
            Map<String, String> failed = new TreeMap<>();
            health.get("failedPlugins").forEach(p -> failed.put(p.get("source").asText(), p.get("reason").asText()));
            assertThat(failed).hasSize(3);
            assertThat(failed.get("corrupt.jar")).startsWith("is not a readable jar or zip file");
            assertThat(failed.get("no-descriptor.jar"))
                    .isEqualTo("has no plugin descriptor: no Plugin-Id in META-INF/MANIFEST.MF and no plugin.properties");
            assertThat(failed.get("future-sdk-" + Plugins.VERSION + ".zip")).contains("requires SDK >=2.0.0");
            assertThat(health.get("plugins").findValuesAsText("id")).containsExactly("lead-scoring");
        }
    }

    /** Copies a plugin jar, classes and extension index included, with a manifest that has no Plugin-* entries. */
    private static void withoutDescriptor(Path pluginJar, Path target) throws IOException {
        try (JarFile source = new JarFile(pluginJar.toFile())) {
            Manifest manifest = new Manifest(source.getManifest());
            manifest.getMainAttributes().keySet().removeIf(name -> name.toString().startsWith("Plugin-"));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (JarEntry entry : Collections.list(source.entries())) {
                    if (!entry.getName().startsWith("META-INF/") || entry.getName().equals("META-INF/extensions.idx")) {
                        out.putNextEntry(new JarEntry(entry.getName()));
                        try (InputStream in = source.getInputStream(entry)) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
            }
        }
    }

    @Test
    void aPluginWhoseFileDoesNotMatchItsConfiguredDigestIsRefused(@TempDir Path dir) throws Exception {
        String right = dev.salescycle.host.plugins.PluginDigest.sha256(Plugins.zip("lead-scoring"));
        String wrong = "0".repeat(64);
        String config = """
                shops:
                  fresh:
                    currency: EUR
                    plugins:
                      - id: lead-scoring
                        sha256: "%s"
                """;
        try (TestHost host = TestHost.builder(dir.resolve("ok")).config(TestKeys.config(config.formatted(right)))
                .plugin(Plugins.zip("lead-scoring")).start()) {
            assertThat(TestKeys.client(host).post("/api/v1/shops/fresh/leads", "{\"email\":\"hal@example.org\"}").status())
                    .isEqualTo(201);
        }
        assertThatThrownBy(() -> TestHost.builder(dir.resolve("bad")).config(TestKeys.config(config.formatted(wrong)))
                .plugin(Plugins.zip("lead-scoring")).start())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown plugin 'lead-scoring'")
                .hasMessageContaining("SHA-256 of lead-scoring-1.0.0-SNAPSHOT.zip is " + right)
                .hasMessageContaining("but the config expects " + wrong);
    }

    @Test
    void enablingAPluginThatWasRefusedStopsStartUpWithTheReason(@TempDir Path dir) {
        String config = """
                shops:
                  fresh:
                    currency: EUR
                    plugins:
                      - id: future-sdk
                """;
        assertThatThrownBy(() -> TestHost.builder(dir).config(TestKeys.config(config)).plugin(Plugins.zip("future-sdk")).start())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("shops.fresh.plugins[0].id: unknown plugin 'future-sdk'")
                .hasMessageContaining("(salescycle.yaml line 5)")
                .hasMessageContaining("requires SDK");
    }
}
