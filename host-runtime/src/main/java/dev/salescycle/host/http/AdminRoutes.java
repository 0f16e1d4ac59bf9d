package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.sdk.settings.SettingSpec;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API under {@code /admin}: plugins with their PF4J state, settings schema and each shop's hook counts
 * and breakers, and per shop each hook's health.
 */
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
        String[] p = path.substring("/admin/".length()).split("/", -1);
        if (p.length == 1 && p[0].equals("plugins")) {
            if (method.equals("POST")) {
                LoadedPlugin installed = api.lifecycle().install(request.getParameter("file"), upload(request));
                ApiServlet.writeJson(response, 201, plugin(installed));
            } else {
                ApiServlet.require(method, "GET");
                ApiServlet.writeJson(response, 200, plugins());
            }
        } else if (p.length == 2 && p[0].equals("plugins")) {
            pluginRoute(method, p[1], request, response);
        } else if (p.length == 1 && p[0].equals("shops")) {
            ApiServlet.require(method, "GET");
            ApiServlet.writeJson(response, 200, shops());
        } else if (p.length == 3 && p[0].equals("shops") && p[2].equals("funnel")) {
            ApiServlet.require(method, "GET");
            ApiServlet.writeJson(response, 200, funnel(p[1], request.getParameter("since")));
        } else if (p.length == 4 && p[0].equals("shops") && p[2].equals("plugins")) {
            shopPluginRoute(method, p[1], p[3], request, response);
        } else if (p.length == 1 && p[0].equals("outbox")) {
            new OutboxRoute(api).handle(method, response);
        } else if (p.length == 1 && p[0].equals("config")) {
            ApiServlet.require(method, "GET");
            ApiServlet.writeJson(response, 200, Views.object().put("source", api.state().config().source())
                    .put("lastRefusal", api.state().lastRefusal())
                    .set("needsRestart", Json.MAPPER.valueToTree(api.state().needsRestart())));
        } else {
            throw new RequestException(404, "not_found", "no such admin resource: " + path, null);
        }
    }

    private void pluginRoute(String method, String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (method.equals("PUT")) {
            ApiServlet.writeJson(response, 200, plugin(api.lifecycle().update(id, request.getParameter("file"), upload(request))));
        } else if (method.equals("DELETE")) {
            List<String> shops = api.lifecycle().unload(id);
            ApiServlet.writeJson(response, 200, Views.object().put("unloaded", id).set("removedFromShops",
                    Json.MAPPER.valueToTree(shops)));
        } else {
            ApiServlet.require(method, "GET");
            ApiServlet.writeJson(response, 200, plugin(api.plugins().find(id).orElseThrow(() ->
                    new RequestException(404, "unknown_plugin", "no plugin '" + id + "' is loaded", null))));
        }
    }

    private void shopPluginRoute(String method, String shop, String id, HttpServletRequest request,
                                 HttpServletResponse response) throws IOException {
        if (method.equals("DELETE")) {
            api.lifecycle().disable(shop, id);
        } else {
            ApiServlet.require(method, "PUT");
            byte[] raw = Bodies.read(request, api.maxBodyBytes());
            JsonNode body = raw.length == 0 ? Views.object() : Fields.object(Bodies.json(raw), "");
            api.lifecycle().enable(shop, AdminPluginRefs.read(shop, id, body, api.state().config()), 
                    body.hasNonNull("position") ? Fields.positiveInt(body, "position", "position", 1000) - 1 : null);
        }
        ApiServlet.writeJson(response, 200, shops());
    }

    private java.io.InputStream upload(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            return null; // no body (curl -X POST sends no Content-Length): the file is already in the folder
        }
        if (request.getContentLengthLong() > api.maxImportBytes()) {
            throw Bodies.tooLarge(api.maxImportBytes());
        }
        return new LimitedInputStream(request.getInputStream(), api.maxImportBytes());
    }

    private ArrayNode plugins() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        api.plugins().all().values().forEach(plugin -> out.add(plugin(plugin)));
        api.plugins().problems().forEach(p -> out.addObject().put("id", p.source()).put("state", "FAILED")
                .put("reason", p.reason()));
        return out;
    }

    private ObjectNode plugin(LoadedPlugin plugin) {
        ObjectNode node = Views.object().put("id", plugin.id()).put("version", plugin.version())
                .put("description", plugin.description()).put("state", api.plugins().state(plugin.id()));
        ArrayNode hooks = node.putArray("hooks");
        plugin.hooks().forEach(h -> java.util.Arrays.stream(dev.salescycle.host.dispatch.HookKind.values())
                .filter(k -> k.type().isInstance(h)).forEach(k -> hooks.add(k.label())));
        ArrayNode schema = node.putArray("settings");
        Map<String, SettingSpec> specs = new LinkedHashMap<>();
        plugin.hooks().forEach(h -> h.settingSpecs().forEach(s -> specs.putIfAbsent(s.name(), s)));
        specs.values().forEach(s -> schema.add(setting(s)));
        ArrayNode shops = node.putArray("shops");
        ArrayNode counts = node.putArray("hookCounts");
        for (ShopRuntime shop : api.shops().all().values()) {
            if (shop.contexts().containsKey(plugin.id())) {
                shops.add(shop.id());
                shop.allHooks().stream().filter(h -> h.pluginId().equals(plugin.id()))
                        .forEach(h -> HookView.write(counts.addObject().put("shop", shop.id()), h));
            }
        }
        return node;
    }

    private static ObjectNode setting(SettingSpec spec) {
        ObjectNode node = Views.object().put("name", spec.name()).put("type", spec.type().name())
                .put("default", spec.defaultValue()).put("required", spec.required()).put("help", spec.help());
        node.put("min", spec.min()).put("max", spec.max());
        node.set("allowedValues", Json.MAPPER.valueToTree(spec.allowedValues()));
        return node;
    }

    /**
     * The shop's funnel: counts of each event type since a duration ago (default a day), in total and for
     * each plugin that contributed (offers, recommendations and messages shown, sent, opened, clicked).
     */
    private ObjectNode funnel(String shopId, String since) {
        api.shops().require(shopId);
        java.time.Duration window;
        try {
            window = since == null ? java.time.Duration.ofDays(1) : java.time.Duration.parse(since);
        } catch (java.time.format.DateTimeParseException e) {
            throw RequestException.badField("since", "expected an ISO-8601 duration such as PT24H");
        }
        java.time.Instant to = api.clock().instant();
        ObjectNode out = Views.object().put("shop", shopId).put("from", to.minus(window).toString()).put("to", to.toString());
        ObjectNode counts = out.putObject("counts");
        api.store().funnelCounts(shopId, to.minus(window), to.plusMillis(1))
                .forEach((type, count) -> counts.put(type.name().toLowerCase(java.util.Locale.ROOT), count));
        ObjectNode byPlugin = out.putObject("byPlugin");
        api.store().funnelCountsByPlugin(shopId, to.minus(window), to.plusMillis(1)).forEach((plugin, types) -> {
            ObjectNode node = byPlugin.putObject(plugin);
            types.forEach((type, count) -> node.put(type.name().toLowerCase(java.util.Locale.ROOT), count));
        });
        return out;
    }

    private ArrayNode shops() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ShopRuntime shop : api.shops().all().values()) {
            ObjectNode node = out.addObject().put("id", shop.id()).put("currency", shop.config().currency().getCurrencyCode());
            node.set("plugins", Json.MAPPER.valueToTree(shop.contexts().keySet()));
            ArrayNode hooks = node.putArray("hooks");
            for (BoundHook hook : shop.allHooks()) {
                HookView.write(hooks.addObject().put("plugin", hook.pluginId()), hook);
            }
        }
        return out;
    }
}
