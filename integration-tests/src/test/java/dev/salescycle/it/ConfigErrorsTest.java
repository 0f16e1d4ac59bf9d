package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.host.config.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad config stops start-up with a message naming file, line, field and what was expected. */
@org.junit.jupiter.api.Timeout(120)
class ConfigErrorsTest {

    private static void assertStartFails(Path dir, String config, String problem, String where) {
        assertThatThrownBy(() -> TestHost.builder(dir).config(config).plugin(Plugins.zip("co-purchase-upsell"))
                .plugin(Plugins.zip("lead-scoring")).plugin(Plugins.zip("retention-drip")).start())
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
                + "[co-purchase-upsell, lead-scoring, retention-drip]", "(salescycle.yaml line 6)");
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
    void textSettingGivenANumber(@TempDir Path dir) {
        assertStartFails(dir, """
                shops:
                  s:
                    currency: EUR
                    plugins:
                      - id: retention-drip
                        settings:
                          couponPrefix: 42
                """, "shops.s.plugins[0].settings.couponPrefix: expected text, got 42 (write text in quotes)",
                "(salescycle.yaml line 7)");
    }

    /** The plugin's own check (SalesCycleHook.validate) refuses a step without delay, at start-up, naming the step. */
    @Test
    void retentionStepWithoutDelayFailsTheStartUpCheck(@TempDir Path dir) {
        assertStartFails(dir, """
                shops:
                  s:
                    currency: EUR
                    plugins:
                      - id: retention-drip
                        settings:
                          steps:
                            - { after: P1D, template: welcome }
                            - { after: PT0S, template: education }
                """, "shops.s.plugins[0].settings.steps[1].after: expected an ISO-8601 duration above zero",
                "(salescycle.yaml line 9)");
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
