package dev.salescycle.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.plugin.WrapDeclares;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A host that cannot start says why in the test kit's own exception, with file, line and field. */
@Timeout(120)
class RunningHostTest {

    @Test
    void aMoneySettingWithTooManyDecimalsStopsTheStartNamingFileLineAndField(@TempDir Path dir) throws Exception {
        Path classes = CompiledClasses.of(Files.createDirectories(dir.resolve("classes")), WrapDeclares.class);

        assertThatThrownBy(() -> RunningHost.builder(dir.resolve("host")).pluginFromClasses("wrap", classes)
                .shop(TestShop.named("s").plugin("wrap", Map.of("price", "2.555"))).start())
                .isInstanceOf(HostStartException.class)
                .hasMessageStartingWith("shops.s.plugins[0].settings.price: expected an amount in EUR with at most 2 "
                        + "decimals, got \"2.555\" (salescycle.yaml line ");
    }

    @Test
    void classesWithoutAnExtensionIndexAreRefusedWithWhatToDo(@TempDir Path dir) {
        assertThatThrownBy(() -> RunningHost.builder(dir).pluginFromClasses("wrap", dir.resolve("none"))
                .shop(TestShop.named("s").plugin("wrap")).start())
                .isInstanceOf(PluginLoadException.class).hasMessageContaining("compile the plugin first");
    }
}
