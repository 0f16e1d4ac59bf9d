package dev.salescycle.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.plugin.GoodUpsell;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.ThankYouPage;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.checks.PluginJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PluginUnderTestTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheBuiltPluginAsTheHostDoesAndCallsItsHooks() throws Exception {
        Path jar = new PluginJar("good-upsell").attribute("Plugin-Version", "1.2.0").extension(GoodUpsell.class)
                .jar(dir, "good-upsell-1.2.0.jar");

        try (PluginUnderTest plugin = PluginUnderTest.load(jar)) {
            Upsell upsell = plugin.hook(Upsell.class);
            PluginContext context = plugin.context().setting("maxItems", 1)
                    .product(new Product("mug", "Mug", Money.of("8.00", "EUR"), null, null)).build();
            Cart cart = new Cart(null, null, Currency.getInstance("EUR"), List.of());

            List<Recommendation> answer = plugin.call(() -> upsell.recommend(cart, context));

            assertThat(plugin.id()).isEqualTo("good-upsell");
            assertThat(plugin.version()).isEqualTo("1.2.0");
            assertThat(context.pluginId()).isEqualTo("good-upsell");
            assertThat(upsell.getClass().getClassLoader()).isSameAs(plugin.classLoader())
                    .isNotSameAs(GoodUpsell.class.getClassLoader());
            assertThat(answer).extracting(Recommendation::sku).containsExactly("mug");
            assertThat(plugin.call(() -> Thread.currentThread().getContextClassLoader())).isSameAs(plugin.classLoader());
            assertThatThrownBy(() -> plugin.hook(ThankYouPage.class)).hasMessageContaining("has no ThankYouPage hook");
        }
    }

    @Test
    void aPluginTheHostWouldRefuseFailsWithTheHostsReason() throws Exception {
        Path jar = new PluginJar("future").attribute("Plugin-Requires", ">=9.0.0").extension(GoodUpsell.class)
                .jar(dir, "future.jar");
        Path notAPlugin = Files.writeString(dir.resolve("readme.txt"), "hello");

        assertThatThrownBy(() -> PluginUnderTest.load(jar)).isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("requires SDK >=9.0.0");
        assertThatThrownBy(() -> PluginUnderTest.load(notAPlugin)).isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("a plugin is a jar or zip with a Plugin-Id");
        assertThatThrownBy(() -> PluginUnderTest.load(dir.resolve("absent.zip"))).isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void loadsThePluginFromTheBuildOutputFolder() throws Exception {
        Path target = Files.createDirectories(dir.resolve("target"));
        assertThatThrownBy(() -> PluginUnderTest.load(target)).isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("holds no plugin zip or jar; build the plugin first");
        new PluginJar("good-upsell").extension(GoodUpsell.class).jar(target, "good-upsell-1.0.0.jar");
        Files.writeString(target.resolve("good-upsell-1.0.0-sources.jar"), "not the plugin");

        try (PluginUnderTest plugin = PluginUnderTest.load(target)) {
            assertThat(plugin.id()).isEqualTo("good-upsell");
        }

        new PluginJar("other").extension(GoodUpsell.class).jar(target, "other.jar");
        assertThatThrownBy(() -> PluginUnderTest.load(target)).isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("more than one plugin file");
    }
}
