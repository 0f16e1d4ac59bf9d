package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.config.DurationText;
import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.config.PluginRef;
import dev.salescycle.host.config.ShopConfig;
import java.time.Duration;
import java.util.Map;

/** Reads the body of {@code PUT /admin/shops/{shop}/plugins/{id}}: settings, budget and position. */
final class AdminPluginRefs {

    private AdminPluginRefs() {
    }

    @SuppressWarnings("unchecked")
    static PluginRef read(String shopId, String pluginId, JsonNode body, HostConfig config) {
        ShopConfig shop = config.shops().get(shopId);
        if (shop == null) {
            throw dev.salescycle.host.domain.NotFoundException.unknownShop(shopId);
        }
        JsonNode settings = body.get("settings");
        if (settings != null && !settings.isNull() && !settings.isObject()) {
            throw RequestException.badField("settings", "expected an object of setting names and values");
        }
        Map<String, Object> raw = settings == null || settings.isNull() ? Map.of()
                : Json.MAPPER.convertValue(settings, Map.class);
        Duration budget = shop.hookBudget();
        String budgetText = Fields.optionalText(body, "budget", "budget");
        if (budgetText != null) {
            budget = DurationText.positive(budgetText);
            if (budget == null) {
                throw RequestException.badField("budget", "expected " + DurationText.EXPECTED);
            }
        }
        String path = "shops." + shopId + ".plugins[" + pluginId + "]";
        return new PluginRef(pluginId, raw, budget, null, path, (p, m) -> p + ": " + m + " (admin API)");
    }
}
