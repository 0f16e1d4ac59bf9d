package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.host.service.RequestException;
import dev.salescycle.sdk.settings.SettingSpec;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The admin API under {@code /admin}: plugins with their settings schema, and per shop each hook's health. */
final class AdminRoutes {

    private final HostApi api;

    AdminRoutes(HostApi api) {
        this.api = api;
    }

    void handle(String method, String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!api.adminToken().accepts(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            throw new RequestException(401, "unauthorized", api.adminToken().enabled()
                    ? "admin calls need the header Authorization: Bearer <host.adminToken>"
                    : "the admin API is off: set host.adminToken in the config", null);
        }
        ApiServlet.require(method, "GET");
        switch (path) {
            case "/admin/plugins" -> ApiServlet.writeJson(response, 200, plugins());
            case "/admin/shops" -> ApiServlet.writeJson(response, 200, shops());
            default -> throw new RequestException(404, "not_found", "no such admin resource: " + path, null);
        }
    }

    private ArrayNode plugins() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (LoadedPlugin plugin : api.plugins().all().values()) {
            ObjectNode node = out.addObject().put("id", plugin.id()).put("version", plugin.version())
                    .put("description", plugin.description()).put("state", "STARTED");
            ArrayNode schema = node.putArray("settings");
            Map<String, SettingSpec> specs = new LinkedHashMap<>();
            plugin.hooks().forEach(h -> h.settingSpecs().forEach(s -> specs.putIfAbsent(s.name(), s)));
            specs.values().forEach(s -> schema.add(setting(s)));
            ArrayNode shops = node.putArray("shops");
            api.shops().all().values().stream().filter(s -> s.contexts().containsKey(plugin.id()))
                    .forEach(s -> shops.add(s.id()));
        }
        api.plugins().problems().forEach(p -> out.addObject().put("id", p.source()).put("state", "FAILED")
                .put("reason", p.reason()));
        return out;
    }

    private static ObjectNode setting(SettingSpec spec) {
        ObjectNode node = Views.object().put("name", spec.name()).put("type", spec.type().name())
                .put("default", spec.defaultValue()).put("required", spec.required()).put("help", spec.help());
        node.put("min", spec.min()).put("max", spec.max());
        node.set("allowedValues", Json.MAPPER.valueToTree(spec.allowedValues()));
        return node;
    }

    private ArrayNode shops() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ShopRuntime shop : api.shops().all().values()) {
            ObjectNode node = out.addObject().put("id", shop.id()).put("currency", shop.config().currency().getCurrencyCode());
            ArrayNode hooks = node.putArray("hooks");
            for (BoundHook hook : shop.allHooks()) {
                hooks.addObject().put("plugin", hook.pluginId()).put("hook", hook.kind().label())
                        .put("budgetMillis", hook.budgetNanos() / 1_000_000.0)
                        .put("calls", hook.stats().calls()).put("errors", hook.stats().errors())
                        .put("timeouts", hook.stats().timeouts()).put("skips", hook.stats().skips())
                        .put("stuck", hook.stats().stuck()).put("breaker", hook.stats().breakerState().name());
            }
        }
        return out;
    }
}
