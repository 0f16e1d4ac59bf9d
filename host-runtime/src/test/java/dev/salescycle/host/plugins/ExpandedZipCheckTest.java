package dev.salescycle.host.plugins;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ExpandedZipCheckTest {

    @TempDir
    Path dir;

    private Path zip;
    private Path folder;

    @BeforeEach
    void unpackedBefore() throws IOException {
        zip = TestZips.write(dir.resolve("good-1.0.zip"), Map.of("classes/META-INF/MANIFEST.MF", TestZips.manifest("good"),
                "classes/good/Hook.class", "hook"));
        folder = dir.resolve("good-1.0");
        Files.createDirectories(folder.resolve("classes/good"));
        Files.createDirectories(folder.resolve("classes/META-INF"));
        Files.writeString(folder.resolve("classes/META-INF/MANIFEST.MF"), TestZips.manifest("good"));
        Files.writeString(folder.resolve("classes/good/Hook.class"), "hook");
        Files.setLastModifiedTime(zip, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void aFolderThatHoldsExactlyTheZipsFilesPasses() {
        assertThatCode(() -> ExpandedZipCheck.check(zip)).doesNotThrowAnyException();
    }

    @Test
    void aChangedFileInTheFolderIsRefused() throws IOException {
        Files.writeString(folder.resolve("classes/good/Hook.class"), "patched");

        assertThatThrownBy(() -> ExpandedZipCheck.check(zip)).isInstanceOf(PluginLoadException.class)
                .hasMessage("is unpacked in folder good-1.0, which no longer matches it (classes/good/Hook.class "
                        + "differs); delete that folder so the host unpacks the zip again");
    }

    @Test
    void anExtraOrMissingFileInTheFolderIsRefused() throws IOException {
        Files.createDirectories(folder.resolve("lib"));
        Files.writeString(folder.resolve("lib/extra.jar"), "extra");
        assertThatThrownBy(() -> ExpandedZipCheck.check(zip)).hasMessageContaining("(lib/extra.jar differs)");

        Files.delete(folder.resolve("lib/extra.jar"));
        Files.delete(folder.resolve("classes/good/Hook.class"));
        assertThatThrownBy(() -> ExpandedZipCheck.check(zip)).hasMessageContaining("(classes/good/Hook.class differs)");
    }

    @Test
    void aFolderOlderThanTheZipIsLeftToPf4jWhichUnpacksAgain() throws IOException {
        Files.writeString(folder.resolve("classes/good/Hook.class"), "patched");
        Files.setLastModifiedTime(zip, FileTime.from(Instant.now().plusSeconds(60)));

        assertThatCode(() -> ExpandedZipCheck.check(zip)).doesNotThrowAnyException();
    }
}
