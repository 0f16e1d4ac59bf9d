package dev.salescycle.host.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader(Map.of("TOKEN", "a-long-admin-token")::get);

    @Test
    void readsTheDesignExample() {
        HostConfig config = loader.parse("shop.yaml", """
                host:
                  port: 9090
                  pluginsDir: plugins
                  adminToken: ${TOKEN}
                  hookBudget: 80ms
                  mail: { smtpHost: localhost, smtpPort: 2525, from: "shop@example.com" }
                shops:
                  demo-coffee:
                    currency: EUR
                    plugins:
                      - id: lead-scoring
                        settings: { hotScore: 60 }
                      - id: co-purchase-upsell
                        budget: PT0.2S
                        settings: { maxItems: 4, rankBy: lift }
                      - thank-you-referral
                """);
        assertThat(config.host().port()).isEqualTo(9090);
        assertThat(config.host().adminToken()).isEqualTo("a-long-admin-token");
        assertThat(config.host().mail().smtpPort()).isEqualTo(2525);
        ShopConfig shop = config.shops().get("demo-coffee");
        assertThat(shop.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(shop.plugins()).extracting(PluginRef::id)
                .containsExactly("lead-scoring", "co-purchase-upsell", "thank-you-referral");
        assertThat(shop.plugins().get(0).budget()).isEqualTo(Duration.ofMillis(80));
        assertThat(shop.plugins().get(1).budget()).isEqualTo(Duration.ofMillis(200));
        assertThat(shop.plugins().get(1).settings()).containsEntry("rankBy", "lift");
        assertThat(shop.plugins().get(1).settingProblem("maxItems", "bad"))
                .isEqualTo("shops.demo-coffee.plugins[1].settings.maxItems: bad (shop.yaml line 15)");
    }

    @Test
    void environmentVariablesExpandWithDefaultsAndKeepLineNumbers() {
        HostConfig config = loader.parse("c.yaml", """
                host:
                  store: ${DB_URL:jdbc:h2:mem:x}
                shops:
                  s: { currency: EUR }
                """);
        assertThat(config.host().store()).isEqualTo("jdbc:h2:mem:x");
        assertThatThrownBy(() -> loader.parse("c.yaml", "\nhost:\n  adminToken: ${MISSING}\nshops: { s: { currency: EUR } }"))
                .hasMessage("environment variable MISSING is not set; write ${MISSING:default} to give a default (c.yaml line 3)");
    }

    @Test
    void attributionWindowsDefaultToKlaviyosAndASessionAndAreCheckedWithTheirLine() {
        HostConfig config = loader.parse("c.yaml", """
                shops:
                  s: { currency: EUR }
                  t:
                    currency: EUR
                    attribution: { session: PT2H, emailOpen: P1D }
                """);
        assertThat(config.shops().get("s").attribution()).isEqualTo(AttributionSettings.DEFAULTS);
        assertThat(config.shops().get("s").attribution().emailClick()).isEqualTo(java.time.Duration.ofDays(5));
        assertThat(config.shops().get("t").attribution()).isEqualTo(new AttributionSettings(java.time.Duration.ofHours(2),
                java.time.Duration.ofDays(30), java.time.Duration.ofDays(5), java.time.Duration.ofDays(1)));
        assertThatThrownBy(() -> loader.parse("c.yaml", """
                shops:
                  s:
                    currency: EUR
                    attribution:
                      emailClick: five days
                """)).hasMessageStartingWith("shops.s.attribution.emailClick: expected a positive duration")
                .hasMessageEndingWith("(c.yaml line 5)");
        assertThatThrownBy(() -> loader.parse("c.yaml", """
                shops:
                  s:
                    currency: EUR
                    attribution: { sesion: PT1H }
                """)).hasMessageContaining("shops.s.attribution.sesion: unknown key").hasMessageContaining("line 4");
    }

    @Test
    void environmentValuesAreExpandedAfterParsingAndKeptExactly() {
        java.util.Map<String, String> env = java.util.Map.of("DB_PASSWORD", "pa ss #word", "SMTP_PASSWORD", "&amp",
                "SMTP_USER", "*star", "SMTP_TLS", "true", "SMTP_PORT", "2525", "TOKEN", "a: {b} [c], d # e 'f\" g");
        HostConfig config = new ConfigLoader(env::get).parse("c.yaml", """
                host:
                  storePassword: ${DB_PASSWORD}
                  adminToken: "${TOKEN}"
                  mail: { smtpHost: smtp.example.org, smtpPort: ${SMTP_PORT}, tls: ${SMTP_TLS}, user: ${SMTP_USER},
                          password: ${SMTP_PASSWORD}, from: "shop-${SMTP_PORT}@example.org" }   # ${NOT_SET} in a comment
                # ${NOT_SET_EITHER}
                shops:
                  s: { currency: EUR }
                """);
        assertThat(config.host().storePassword()).isEqualTo("pa ss #word");
        assertThat(config.host().adminToken()).isEqualTo("a: {b} [c], d # e 'f\" g");
        assertThat(config.host().mail().password()).isEqualTo("&amp");
        assertThat(config.host().mail().user()).isEqualTo("*star");
        assertThat(config.host().mail().tls()).isTrue();
        assertThat(config.host().mail().smtpPort()).isEqualTo(2525);
        assertThat(config.host().mail().from()).isEqualTo("shop-2525@example.org");
        assertThatThrownBy(() -> new ConfigLoader(env::get).parse("c.yaml",
                "host:\n  mail: { smtpHost: x, password: ${NOPE} }\nshops: { s: { currency: EUR } }"))
                .hasMessage("environment variable NOPE is not set; write ${NOPE:default} to give a default (c.yaml line 2)");
    }

    @Test
    void namesFileLineFieldAndExpectation() {
        assertThatThrownBy(() -> loader.parse("c.yaml", """
                host:
                  port: eighty
                shops:
                  s: { currency: EUR }
                """)).hasMessage("host.port: expected integer 0..65535, got \"eighty\" (c.yaml line 2)");
        assertThatThrownBy(() -> loader.parse("c.yaml", """
                shops:
                  s:
                    currency: EUR
                    plugins:
                      - id: a
                      - id: a
                """)).hasMessage("shops.s.plugins[1].id: plugin 'a' is listed twice for this shop (c.yaml line 6)");
        assertThatThrownBy(() -> loader.parse("c.yaml", "host: {}\n")).hasMessageContaining("shops: at least one shop is required");
        assertThatThrownBy(() -> loader.parse("c.yaml", "shops:\n  Bad Id: { currency: EUR }\n"))
                .hasMessageStartingWith("shops.Bad Id: shop id must be").hasMessageEndingWith("(c.yaml line 2)");
    }
}
