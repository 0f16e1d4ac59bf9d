package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.testkit.ApiClient;
import dev.salescycle.testkit.PluginUnderTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * What a settings form needs, from {@code GET /admin/plugins}: each setting a bundled plugin declares, with its
 * type, default, whether it is required, its range or allowed values and its help text, as the plugin declared it.
 */
@Timeout(600)
class SettingsSchemaAdminTest {

    static final String TOKEN = "schema-admin-token-1";
    static final List<String> PLUGINS = List.of("co-purchase-upsell", "conversion-offers");

    @TempDir
    static Path dir;
    static TestHost host;

    @BeforeAll
    static void start() {
        TestHost.Builder builder = TestHost.builder(dir).config(TestKeys.config("""
                host:
                  adminToken: %s
                shops:
                  s:
                    currency: EUR
                    plugins: [ co-purchase-upsell, conversion-offers ]
                """.formatted(TOKEN)));
        PLUGINS.forEach(id -> builder.plugin(Plugins.zip(id)));
        host = builder.start();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static JsonNode settingsOf(String pluginId) {
        ApiClient.Response response = TestKeys.client(host).get("/admin/plugins", Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode plugin : FiveStagesTest.json(response)) {
            if (plugin.get("id").asText().equals(pluginId)) {
                return plugin.get("settings");
            }
        }
        throw new AssertionError("no plugin " + pluginId + " in " + response.body());
    }

    private static JsonNode setting(JsonNode settings, String name) {
        for (JsonNode setting : settings) {
            if (setting.get("name").asText().equals(name)) {
                return setting;
            }
        }
        throw new AssertionError("no setting " + name + " in " + settings);
    }

    /** The specs the plugin's hooks declare, first declaration of a name kept, read from the plugin zip itself. */
    private static List<SettingSpec> declaredBy(String pluginId) {
        Map<String, SettingSpec> specs = new LinkedHashMap<>();
        try (PluginUnderTest plugin = PluginUnderTest.load(Plugins.zip(pluginId))) {
            plugin.hooks().forEach(h -> h.settingSpecs().forEach(s -> specs.putIfAbsent(s.name(), s)));
        }
        return new ArrayList<>(specs.values());
    }

    @Test
    void everyDeclaredSettingIsServedWithAllItsParts() {
        for (String pluginId : PLUGINS) {
            JsonNode settings = settingsOf(pluginId);
            List<SettingSpec> declared = declaredBy(pluginId);

            assertThat(declared).as(pluginId + " declares settings").isNotEmpty();
            assertThat(settings.findValuesAsText("name")).as(pluginId)
                    .containsExactlyElementsOf(declared.stream().map(SettingSpec::name).toList());
            for (SettingSpec spec : declared) {
                JsonNode served = setting(settings, spec.name());
                String where = pluginId + "." + spec.name() + " in " + served;
                assertThat(served.get("type").asText()).as(where).isEqualTo(spec.type().name());
                assertThat(served.get("default").isNull() ? null : served.get("default").asText()).as(where)
                        .isEqualTo(spec.defaultValue());
                assertThat(served.get("required").isBoolean()).as(where).isTrue();
                assertThat(served.get("required").asBoolean()).as(where).isEqualTo(spec.required());
                assertThat(served.get("help").asText()).as(where).isEqualTo(spec.help()).isNotBlank();
                assertThat(decimal(served.get("min"))).as(where).isEqualTo(normalised(spec.min()));
                assertThat(decimal(served.get("max"))).as(where).isEqualTo(normalised(spec.max()));
                assertThat(served.get("allowedValues").isArray()).as(where).isTrue();
                List<String> allowed = new ArrayList<>();
                served.get("allowedValues").forEach(v -> allowed.add(v.asText()));
                assertThat(allowed).as(where).isEqualTo(spec.allowedValues());
            }
        }
    }

    @Test
    void aRangedSettingCarriesItsBoundsDefaultAndHelp() {
        JsonNode maxItems = setting(settingsOf("co-purchase-upsell"), "maxItems");

        assertThat(maxItems.get("type").asText()).isEqualTo("INTEGER");
        assertThat(maxItems.get("default").asText()).isEqualTo("4");
        assertThat(maxItems.get("required").asBoolean()).isFalse();
        assertThat(maxItems.get("min").decimalValue()).isEqualByComparingTo("1");
        assertThat(maxItems.get("max").decimalValue()).isEqualByComparingTo("50");
        assertThat(maxItems.get("help").asText()).isEqualTo("How many items to recommend at most.");
        assertThat(maxItems.get("allowedValues")).isEmpty();
    }

    @Test
    void aSettingWithAllowedValuesListsThemAndHasNoRange() {
        JsonNode rankBy = setting(settingsOf("co-purchase-upsell"), "rankBy");

        assertThat(rankBy.get("type").asText()).isEqualTo("STRING");
        assertThat(rankBy.get("allowedValues").size()).isGreaterThan(1);
        List<String> allowed = new ArrayList<>();
        rankBy.get("allowedValues").forEach(v -> allowed.add(v.asText()));
        assertThat(allowed).contains(rankBy.get("default").asText());
        assertThat(rankBy.get("min").isNull()).isTrue();
        assertThat(rankBy.get("max").isNull()).isTrue();
    }

    @Test
    void aSettingWithoutDefaultSaysSo() {
        JsonNode excludeSkus = setting(settingsOf("co-purchase-upsell"), "excludeSkus");

        assertThat(excludeSkus.get("type").asText()).isEqualTo("STRING_LIST");
        assertThat(excludeSkus.has("default")).isTrue();
        assertThat(excludeSkus.get("default").isNull()).isTrue();
        assertThat(excludeSkus.get("required").asBoolean()).isFalse();
    }

    private static BigDecimal decimal(JsonNode number) {
        return number == null || number.isNull() ? null : normalised(number.decimalValue());
    }

    private static BigDecimal normalised(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
