package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.plugins.PluginDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** A plugin file is checked on its bytes before PF4J unpacks or loads it, and nothing of it lands outside its folder. */
@Timeout(600)
class PluginIntegrityTest {

    private static final String NO_PLUGINS = """
            shops:
              fresh:
                currency: EUR
                plugins: []
            """;

    private static final String PINNED_LEADS = """
            shops:
              fresh:
                currency: EUR
                plugins:
                  - id: lead-scoring
                    sha256: "%s"
            """;

    @Test
    void aZipWhoseEntriesClimbOutOfItsFolderIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path dropped = Files.createDirectories(dir.resolve("dropped"));
        Path relative = TamperedPlugins.withEntry(Plugins.zip("lead-scoring"), dropped.resolve("slip.zip"),
                "../../escaped.txt");
        String absoluteName = dir.resolve("escaped-absolute.txt").toAbsolutePath().toString();
        Path absolute = TamperedPlugins.withEntry(Plugins.zip("lead-scoring"), dropped.resolve("slip-absolute.zip"),
                absoluteName);

        try (TestHost host = TestHost.builder(dir.resolve("host")).config(TestKeys.config(NO_PLUGINS)).plugin(relative)
                .plugin(absolute).start()) {
            Map<String, String> refused = refused(host);
            assertThat(refused).containsOnlyKeys("slip.zip", "slip-absolute.zip");
            assertThat(refused.get("slip.zip")).isEqualTo("has an entry '../../escaped.txt' that points outside the "
                    + "plugin's own folder; the file is refused and nothing of it was unpacked");
            assertThat(refused.get("slip-absolute.zip")).startsWith("has an entry '" + absoluteName + "' that points outside");
            assertThat(host.pluginsDir().resolve("slip")).doesNotExist();
            assertThat(host.pluginsDir().resolve("slip-absolute")).doesNotExist();
            assertThat(filesNamed(dir, "escaped.txt", "escaped-absolute.txt")).isEmpty();
        }
    }

    @Test
    void aPluginIdWithPathCharactersInItsDescriptorIsRefusedAndNothingIsMadeOutsideThePluginsFolder(@TempDir Path dir)
            throws Exception {
        Path dropped = Files.createDirectories(dir.resolve("dropped"));
        Path jar = TamperedPlugins.withPluginId(Plugins.jar("lead-scoring"), dropped.resolve("evil.jar"), "../evil");
        Path zip = TamperedPlugins.withPluginId(Plugins.zip("lead-scoring"), dropped.resolve("evil-zip.zip"), "../evil");

        try (TestHost host = TestHost.builder(dir.resolve("host")).config(TestKeys.config(NO_PLUGINS)).plugin(jar).plugin(zip).start()) {
            Map<String, String> refused = refused(host);
            assertThat(refused).containsOnlyKeys("evil.jar", "evil-zip.zip");
            assertThat(refused.values()).allSatisfy(reason -> assertThat(reason)
                    .startsWith("declares plugin id '../evil', which the host does not accept"));
            try (Stream<Path> inFolder = Files.list(host.pluginsDir())) {
                assertThat(inFolder.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("evil.jar", "evil-zip.zip");
            }
            assertThat(filesNamed(dir, "evil")).isEmpty();
        }
    }

    @Test
    void aConfigPluginIdWithPathCharactersIsRefused(@TempDir Path dir) throws IOException {
        String config = """
                shops:
                  fresh:
                    currency: EUR
                    plugins: [ "../x" ]
                """;

        assertThatThrownBy(() -> TestHost.builder(dir).config(TestKeys.config(config)).plugin(Plugins.zip("lead-scoring")).start())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("a plugin id (lower-case letters, digits, '.', '_' or '-')");
        assertThat(filesNamed(dir, "x")).isEmpty();
    }

    @Test
    void aZipWithTheWrongDigestIsNeverUnpacked(@TempDir Path dir) {
        String wrong = "0".repeat(64);
        String right = PluginDigest.sha256(Plugins.zip("lead-scoring"));

        assertThatThrownBy(() -> TestHost.builder(dir).config(TestKeys.config(PINNED_LEADS.formatted(wrong)))
                .plugin(Plugins.zip("lead-scoring")).start())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SHA-256 of lead-scoring-1.0.0-SNAPSHOT.zip is " + right
                        + " but the config expects " + wrong + "; the file was not unpacked or loaded");
        assertThat(dir.resolve("plugins/lead-scoring-" + Plugins.VERSION)).doesNotExist();
    }

    @Test
    void aRestartRefusesAnUnpackedFolderChangedSinceThePinnedZipWasUnpacked(@TempDir Path dir) throws IOException {
        String config = PINNED_LEADS.formatted(PluginDigest.sha256(Plugins.zip("lead-scoring")));
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config(config)).plugin(Plugins.zip("lead-scoring")).start()) {
            assertThat(TestKeys.client(host).post("/api/v1/shops/fresh/leads", "{\"email\":\"ida@example.org\"}").status())
                    .isEqualTo(201);
        }
        Path unpacked = dir.resolve("plugins/lead-scoring-" + Plugins.VERSION);
        Files.writeString(Files.createDirectories(unpacked.resolve("lib")).resolve("planted.jar"), "not in the zip");

        assertThatThrownBy(() -> TestHost.builder(dir).config(TestKeys.config(config)).start())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown plugin 'lead-scoring'")
                .hasMessageContaining("is unpacked in folder lead-scoring-" + Plugins.VERSION
                        + ", which no longer matches it (lib/planted.jar differs)");
    }

    private static Map<String, String> refused(TestHost host) {
        JsonNode health = FiveStagesTest.json(TestKeys.client(host).get("/health"));
        Map<String, String> refused = new TreeMap<>();
        health.get("failedPlugins").forEach(p -> refused.put(p.get("source").asText(), p.get("reason").asText()));
        return refused;
    }

    private static List<Path> filesNamed(Path root, String... names) throws IOException {
        List<String> wanted = List.of(names);
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> wanted.contains(p.getFileName().toString())).toList();
        }
    }
}
