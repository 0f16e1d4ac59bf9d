package dev.salescycle.samples.storefront;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class SampleShopSettingsTest {

    @Test
    void theKeyHasNoDefaultAndTheMessageSaysWhereToFindOne() {
        assertThatThrownBy(() -> SampleShopSettings.fromEnvironment(Map.<String, String>of()::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHOP_API_KEY").hasMessageContaining("demo-coffee");
    }

    @Test
    void everythingElseDefaultsToTheDemoBesideIt() {
        SampleShopSettings settings = SampleShopSettings.fromEnvironment(Map.of("SHOP_API_KEY", "k")::get);
        assertThat(settings.salescycle().get()).isEqualTo(URI.create("http://localhost:8080/"));
        assertThat(settings.hostOrigin()).isEqualTo(SampleShopSettings.DEFAULT_HOST);
        assertThat(settings.hostBase()).isEqualTo(SampleShopSettings.DEFAULT_HOST);
        assertThat(settings.shop()).isEqualTo("demo-coffee");
        assertThat(settings.port()).isEqualTo(8081);
        assertThat(settings.bind()).isEqualTo("127.0.0.1");
    }

    @Test
    void theHostMayBeGivenWithAPathAndTheOriginIsItsSchemeAndAuthority() {
        SampleShopSettings settings = SampleShopSettings.fromEnvironment(Map.of("SHOP_API_KEY", "k",
                "SALESCYCLE_URL", "https://sales.example.com:8443/", "PORT", "0")::get);
        assertThat(settings.salescycle().get().resolve("api/v1/shops/x/orders").toString())
                .isEqualTo("https://sales.example.com:8443/api/v1/shops/x/orders");
        assertThat(settings.hostOrigin()).isEqualTo("https://sales.example.com:8443");
        SampleShopSettings mounted = SampleShopSettings.fromEnvironment(Map.of("SHOP_API_KEY", "k",
                "SALESCYCLE_URL", "https://example.com/sales")::get);
        assertThat(mounted.hostBase()).isEqualTo("https://example.com/sales");
        assertThat(mounted.hostOrigin()).isEqualTo("https://example.com");
        assertThatThrownBy(() -> SampleShopSettings.fromEnvironment(Map.of("SHOP_API_KEY", "k", "PORT", "web")::get))
                .hasMessageContaining("PORT");
    }
}
