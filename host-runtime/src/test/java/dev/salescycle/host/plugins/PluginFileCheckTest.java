package dev.salescycle.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PluginFileCheckTest {

    @TempDir
    Path dir;

    @Test
    void aZipDeclaresItsIdInTheManifestUnderClasses() throws IOException {
        Path zip = zip("good.zip", Map.of("classes/META-INF/MANIFEST.MF", TestZips.manifest("good")));

        assertThat(PluginFileCheck.check(zip)).isEqualTo("good");
    }

    @Test
    void pluginPropertiesComeBeforeTheManifestAsInPf4j() throws IOException {
        Path jar = zip("both.jar", Map.of("META-INF/MANIFEST.MF", TestZips.manifest("from-manifest"),
                "plugin.properties", "plugin.id=from-properties\n"));

        assertThat(PluginFileCheck.check(jar)).isEqualTo("from-properties");
    }

    @Test
    void entriesThatClimbOutOfTheUnpackFolderAreRefused() throws IOException {
        for (String entry : new String[] {"../../escaped.txt", "classes/../../escaped.txt", "/tmp/escaped.txt",
                "classes\\..\\..\\escaped.txt", "C:/escaped.txt"}) {
            Path zip = zip("slip.zip", Map.of("classes/META-INF/MANIFEST.MF", TestZips.manifest("slip"), entry, "x"));

            assertThatThrownBy(() -> PluginFileCheck.check(zip)).as(entry)
                    .isInstanceOf(PluginLoadException.class)
                    .hasMessage("has an entry '" + entry + "' that points outside the plugin's own folder; "
                            + "the file is refused and nothing of it was unpacked");
        }
    }

    @Test
    void dotsInsideANameAreNoStepOutOfTheFolder() {
        assertThat(ZipEntryNames.escapes("classes/a..b/c.class")).isFalse();
        assertThat(ZipEntryNames.escapes("lib/..hidden.jar")).isFalse();
        assertThat(ZipEntryNames.escapes("lib/../x")).isTrue();
    }

    @Test
    void aDeclaredIdWithPathCharactersIsRefused() throws IOException {
        Path inManifest = zip("evil.zip", Map.of("classes/META-INF/MANIFEST.MF", TestZips.manifest("../evil")));
        Path inProperties = zip("evil.jar", Map.of("plugin.properties", "plugin.id=/etc/evil\n"));

        assertThatThrownBy(() -> PluginFileCheck.check(inManifest)).isInstanceOf(PluginLoadException.class)
                .hasMessageStartingWith("declares plugin id '../evil', which the host does not accept");
        assertThatThrownBy(() -> PluginFileCheck.check(inProperties)).isInstanceOf(PluginLoadException.class)
                .hasMessageStartingWith("declares plugin id '/etc/evil', which the host does not accept");
    }

    @Test
    void aZipWithoutDescriptorSaysWhereTheHostLooked() throws IOException {
        Path zip = zip("bare.zip", Map.of("classes/Thing.class", "x"));

        assertThatThrownBy(() -> PluginFileCheck.check(zip)).isInstanceOf(PluginLoadException.class)
                .hasMessage("has no plugin descriptor: no Plugin-Id in classes/META-INF/MANIFEST.MF and no plugin.properties");
    }

    @Test
    void aFileWithTheWrongDigestIsRefusedBeforePf4jUnpacksIt() throws IOException {
        Path zip = zip("good-1.0.zip", Map.of("classes/META-INF/MANIFEST.MF", TestZips.manifest("good")));
        String wrong = "ab".repeat(32);

        assertThatThrownBy(() -> PluginFileLoader.load(zip, Map.of("good", wrong)))
                .isInstanceOf(PluginLoadException.class)
                .hasMessage("SHA-256 of good-1.0.zip is " + PluginDigest.sha256(zip) + " but the config expects "
                        + wrong + "; the file was not unpacked or loaded");
        assertThat(dir.resolve("good-1.0")).doesNotExist();
    }

    @Test
    void aFileWithTheRightDigestGoesOnToPf4j() throws IOException {
        Path zip = zip("good-1.0.zip", Map.of("classes/META-INF/MANIFEST.MF", TestZips.manifest("good")));

        assertThatThrownBy(() -> PluginFileLoader.load(zip, Map.of("good", PluginDigest.sha256(zip).toUpperCase())))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageNotContaining("SHA-256");
        assertThat(dir.resolve("good-1.0")).isDirectory();
    }

    @Test
    void theIdRuleIsTheConfigs() throws ReflectiveOperationException {
        Field configRule = Class.forName("dev.salescycle.host.config.ConfigLoader").getDeclaredField("ID");
        configRule.setAccessible(true);

        assertThat(DescriptorId.ID.pattern()).isEqualTo(((Pattern) configRule.get(null)).pattern());
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        return TestZips.write(dir.resolve(name), entries);
    }
}
