package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.host.config.ConfigException;
import dev.salescycle.testkit.TestHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** A bad config stops start-up with a message naming file, line, field and what was expected. */
@Timeout(600)
class ConfigErrorsTest {

    private static void assertStartFails(Path dir, String config, String problem, String where) {
        assertThatThrownBy(() -> TestHost.builder(dir).config(config).plugin(Plugins.zip("co-purchase-upsell"))
                .plugin(Plugins.zip("lead-scoring")).start())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(problem).hasMessageEndingWith(where);
    }

    @Test
    void unknownPluginId(@TempDir Path dir) {
        assertStartFails(dir, """
                shops:
                  s:
                    currency: EUR
                    plugins:
                      - id: lead-scoring
                      - id: no-such-plugin
                """, "shops.s.plugins[1].id: unknown plugin 'no-such-plugin'; loaded plugins: "
                + "[co-purchase-upsell, lead-scoring]", "(salescycle.yaml line 6)");
    }

    @Test
    void settingOfTheWrongType(@TempDir Path dir) {
        assertStartFails(dir, """
                shops:
                  s:
                    currency: EUR
                    plugins:
                      - id: co-purchase-upsell
                        settings:
                          maxItems: lots
                """, "shops.s.plugins[0].settings.maxItems: expected integer 1..50, got \"lots\" (salescycle.yaml line 7)",
                "(salescycle.yaml line 7)");
    }

    @Test
    void unknownSetting(@TempDir Path dir) {
        assertStartFails(dir, """
                shops:
                  s:
                    currency: EUR
                    plugins:
                      - id: co-purchase-upsell
                        settings: { maxItem: 3 }
                """, "shops.s.plugins[0].settings.maxItem: unknown setting; known: [", "(salescycle.yaml line 6)");
    }

    @Test
    void yamlSyntaxError(@TempDir Path dir) {
        assertStartFails(dir, """
                shops:
                  s:
                    currency: EUR
                    plugins: [ lead-scoring
                  t: {
                """, "salescycle.yaml line 5: YAML syntax error: ", "");
    }

    @Test
    void unknownCurrency(@TempDir Path dir) {
        assertStartFails(dir, """
                shops:
                  s:
                    currency: EURO
                """, "shops.s.currency: expected an ISO 4217 currency code such as EUR, got \"EURO\"",
                "(salescycle.yaml line 3)");
    }

    @Test
    void unknownKey(@TempDir Path dir) {
        assertStartFails(dir, """
                host:
                  prot: 8080
                shops:
                  s: { currency: EUR }
                """, "host.prot: unknown key; expected one of [", "(salescycle.yaml line 2)");
    }
}
